import { flattenCriteria } from "@/lib/domain/tender/criteria-tree";
import { markdownToInlines } from "../markdown-blocks";
import type { Section } from "../sections";
import { bullets, paragraph, textTable } from "../sections";
import { missingPart } from "./missing";
import type { TenderContext } from "./tender-input";

/**
 * The requirements as one table bidders answer line by line: the identifier they quote, the
 * text (the drafter's Markdown, formatting kept), the level in RFC 2119 words and the criterion
 * under which it is scored.
 */
export function requirementsSection(context: TenderContext): Section {
  const { tender, text, words } = context;
  if (tender.requirements.length === 0) {
    return { title: words("requirements.heading"), anchor: "requirements", blocks: [missingPart(context, "requirements")] }; // prettier-ignore
  }
  const criteria = new Map(flattenCriteria(tender.award?.criteria ?? []).map(({ criterion }) => [criterion.key, criterion])); // prettier-ignore
  return {
    title: words("requirements.heading"),
    anchor: "requirements",
    blocks: [
      paragraph(words("requirements.lead")),
      bullets(
        (["MUST", "SHOULD", "MAY"] as const).map((level) => [
          { text: text.t(`tenders.requirementLevel.${level}`), bold: true },
          `: ${words(`requirements.levels.${level}`)}`,
        ]),
      ),
      textTable(
        words("requirements.caption"),
        [
          { header: words("requirements.key"), widthPercent: 12 },
          { header: words("requirements.text"), widthPercent: 56 },
          { header: words("requirements.level"), widthPercent: 12 },
          { header: words("requirements.criterion"), widthPercent: 20 },
        ],
        tender.requirements.map((requirement) => [
          [{ text: requirement.key, code: true }],
          markdownToInlines(requirement.text),
          text.t(`tenders.requirementLevel.${requirement.level}`),
          requirement.criterionKey ? (criteria.get(requirement.criterionKey)?.name ?? requirement.criterionKey) : "—",
        ]),
      ),
    ],
  };
}
