import type { Block } from "../document-model";
import type { Section } from "../sections";
import { estimatedValue } from "./cover";
import { missingPart, missingValue } from "./missing";
import type { TenderContext } from "./tender-input";

/** "About the contract": the scope in facts, then the authority's summary in its own words. */
export function summarySection(context: TenderContext): Section {
  const { tender, text, words } = context;
  const notSet = (label: string) => missingValue(context, label);
  const ground = tender.procedureGround;
  const facts: { label: string; value: string }[] = [
    {
      label: words("summary.nature"),
      value: tender.contractNature
        ? text.t(`tenders.nature.${tender.contractNature}.name`)
        : notSet(words("summary.nature")),
    },
    {
      label: words("summary.procedure"),
      value: tender.procedureType
        ? text.t(`tenders.procedure.${tender.procedureType}.name`)
        : notSet(words("summary.procedure")),
    },
    ...(ground
      ? [{ label: words("summary.ground"), value: text.has(`tenders.grounds.${ground}`) ? text.t(`tenders.grounds.${ground}`) : ground }] // prettier-ignore
      : []),
    {
      label: words("summary.mainCpv"),
      value: tender.mainCpv ? context.cpvText(tender.mainCpv) : notSet(words("summary.mainCpv")),
    },
    ...(tender.additionalCpvs.length > 0
      ? [{ label: words("summary.additionalCpvs"), value: tender.additionalCpvs.map(context.cpvText).join("; ") }]
      : []),
    {
      label: words("summary.estimatedValue"),
      value: estimatedValue(context) ?? notSet(words("summary.estimatedValue")),
    },
    {
      label: words("summary.duration"),
      value:
        tender.durationMonths === null
          ? notSet(words("summary.duration"))
          : text.t("tenders.review.months", { count: tender.durationMonths }),
    },
    ...(tender.renewalOptions.trim()
      ? [{ label: words("summary.renewalOptions"), value: tender.renewalOptions.trim() }]
      : []),
  ];
  const blocks: Block[] = [{ kind: "facts", items: facts.map((fact) => ({ label: fact.label, value: [fact.value] })) }];
  const summary = plainParagraphs(tender.summary);
  blocks.push(...(summary.length > 0 ? summary : [missingPart(context, "summary")]));
  return { title: words("summary.heading"), anchor: "about", blocks };
}

/**
 * Text typed in a plain text box: a blank line starts a paragraph, a single line break stays a
 * line break. It is not Markdown, so nothing in it is read as markup.
 */
export function plainParagraphs(value: string): Block[] {
  return value
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => ({ kind: "paragraph", content: [part] }));
}
