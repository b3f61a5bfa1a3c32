import type { Block } from "../document-model";
import type { Section } from "../sections";
import { bullets, paragraph } from "../sections";
import { missingPart } from "./missing";
import type { TenderContext } from "./tender-input";

/**
 * The phases of an innovation partnership (Art. 31): each with its objectives, deliverables,
 * duration, cost ceiling, the go/no-go criteria that decide whether the partnership goes on, and
 * the licence of its results. Only for that procedure, or when phases were drafted.
 */
export function phasesSection(context: TenderContext): Section | null {
  const { tender, text, words } = context;
  if (tender.procedureType !== "INNOVATION_PARTNERSHIP" && tender.innovationPhases.length === 0) return null;
  const label = (key: string) => text.t(`tenders.phases.${key}`);
  return {
    title: words("phases.heading"),
    anchor: "phases",
    blocks: [tender.innovationPhases.length === 0 ? missingPart(context, "phases") : paragraph(words("phases.lead"))],
    subsections: tender.innovationPhases.map((phase, index) => {
      const list = (key: string, items: readonly string[]): Block[] =>
        items.length === 0 ? [] : [paragraph({ text: label(key), bold: true }), bullets([...items])];
      return {
        title: text.t("tenders.phases.phaseHeading", {
          number: index + 1,
          kind: text.t(`tenders.innovationPhase.${phase.kind}`),
        }),
        anchor: `phase-${index + 1}`,
        blocks: [
          {
            kind: "facts",
            items: [
              { label: label("durationMonths"), value: [text.t("tenders.review.months", { count: phase.durationMonths })] }, // prettier-ignore
              { label: label("maxCost"), value: [text.money(phase.maxCostCents, tender.currency)] },
              { label: label("resultsLicence"), value: [{ text: phase.resultsLicence, code: true }] },
            ],
          },
          ...list("objectives", phase.objectives),
          ...list("deliverables", phase.deliverables),
          ...list("goNoGoCriteria", phase.goNoGoCriteria),
        ],
      };
    }),
  };
}
