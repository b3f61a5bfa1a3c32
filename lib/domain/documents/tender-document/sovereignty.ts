import { flattenCriteria } from "@/lib/domain/tender/criteria-tree";
import {
  SEAL_CODES,
  SOVEREIGNTY_FRAMEWORK_SOURCE,
  SOVEREIGNTY_OBJECTIVES,
  type SealLevel,
} from "@/lib/domain/tender/sovereignty";
import type { Section } from "../sections";
import { bullets, note, paragraph, textTable } from "../sections";
import { missingPart } from "./missing";
import type { TenderContext } from "./tender-input";

/**
 * The sovereignty requirements (EU Cloud Sovereignty Framework): the minimum SEAL level per
 * objective, which is a gate, with the authority's reason where it departs from the proposal;
 * the weights; and how a bid's level, score and points are found (docs/assessment.md).
 */
export function sovereigntySection(context: TenderContext): Section {
  const { tender, text, words } = context;
  const profile = tender.sovereignty;
  if (!profile) {
    return { title: words("sovereignty.heading"), anchor: "sovereignty", blocks: [missingPart(context, "sovereignty")] }; // prettier-ignore
  }
  const criterion = flattenCriteria(tender.award?.criteria ?? []).find(({ criterion }) => criterion.kind === "SOVEREIGNTY"); // prettier-ignore
  const seal = (level: number) =>
    text.t("tenders.sovereignty.sealLevel", {
      level,
      name: text.t(`tenders.sovereignty.seal.${SEAL_CODES[level as SealLevel]}.name`),
    });
  return {
    title: words("sovereignty.heading"),
    anchor: "sovereignty",
    blocks: [
      paragraph(words("sovereignty.lead")),
      textTable(
        words("sovereignty.caption"),
        [
          { header: words("sovereignty.objective"), widthPercent: 32 },
          { header: words("sovereignty.minimum"), widthPercent: 28 },
          { header: words("sovereignty.weight"), align: "right", widthPercent: 10 },
          { header: words("sovereignty.justification"), widthPercent: 30 },
        ],
        SOVEREIGNTY_OBJECTIVES.map((objective) => [
          `${objective} ${text.t(`tenders.sovereigntyObjective.${objective}`)}`,
          seal(profile.minimumSeal[objective]?.seal ?? 0),
          words("percent", { value: text.number(profile.weights[objective]) }),
          profile.minimumSeal[objective]?.justification?.trim() || "—",
        ]),
      ),
      paragraph({ text: words("sovereignty.howHeading"), bold: true }),
      bullets([
        words("sovereignty.claim"),
        words("sovereignty.gate"),
        [words("sovereignty.score"), " ", { text: "score = Σ weight × level / 4", code: true }],
        criterion
          ? words("sovereignty.points", { weight: text.number(criterion.criterion.weight) })
          : words("sovereignty.noPoints"),
      ]),
      note(words("sovereignty.source", { source: SOVEREIGNTY_FRAMEWORK_SOURCE })),
    ],
  };
}
