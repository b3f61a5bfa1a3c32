import { STANDSTILL_DAYS } from "@/lib/domain/award/standstill";
import type { Section } from "../sections";
import { paragraph } from "../sections";
import type { ReportContext } from "./report-input";

/**
 * The recommendation and the decision, lot by lot: the ranking's proposal and, once recorded,
 * the bid awarded, the date, the end of the standstill, the reason and who decided.
 */
export function decisionsSection(context: ReportContext): Section {
  const { text, view } = context;
  const t = (key: string, values?: Record<string, string | number>) => text.t(`awardReport.decisions.${key}`, values);
  const lotBlocks = view.lots.flatMap((lot) => {
    const name = (bidId: string | null) => context.bidName(lot, bidId);
    const decision = context.decisions.find((entry) => entry.lotKey === lot.lotKey);
    const proposal =
      lot.outcome.kind === "WINNER"
        ? name(lot.outcome.bidId)
        : lot.outcome.kind === "UNRESOLVED_TIE"
          ? t("tie", { bids: lot.outcome.bidIds.map(name).join(", ") })
          : t("noAdmissibleBid");
    const facts = [
      { label: t("proposal"), value: proposal },
      ...(decision
        ? [
            { label: t("winner"), value: name(decision.winnerBidId) },
            { label: t("decidedOn"), value: text.day(decision.decidedOn) },
            { label: t("standstillEndsOn"), value: text.day(decision.standstillEndsOn) },
            { label: t("reason"), value: decision.note.trim() || t("noReason") },
            { label: t("decidedBy"), value: decision.decidedBy ? `${decision.decidedBy.name} (${decision.decidedBy.email})` : "—" }, // prettier-ignore
          ]
        : [{ label: t("winner"), value: t("pending") }]),
    ];
    return [
      ...(lot.lotKey
        ? [paragraph({ text: text.t("evaluationResults.lotHeading", { key: lot.lotKey, title: lot.lotTitle ?? "" }), bold: true })] // prettier-ignore
        : []),
      { kind: "facts" as const, items: facts.map((fact) => ({ label: fact.label, value: [fact.value] })) },
    ];
  });
  return {
    title: t("heading"),
    anchor: "decisions",
    blocks: [paragraph(t("standstillRule", { days: STANDSTILL_DAYS })), ...lotBlocks],
  };
}
