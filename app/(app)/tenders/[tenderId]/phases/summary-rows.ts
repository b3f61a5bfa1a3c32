import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { money, type Formatters, type Row } from "../summary-row";

/**
 * One row per phase of the innovation partnership: duration, cost ceiling, licence of results,
 * then its objectives, deliverables and go/no-go criteria, which the reviewer needs to judge it.
 */
export function phasesRows(tender: TenderDto, f: Formatters): Row[] {
  if (tender.innovationPhases.length === 0) return [{ key: "innovationPhases", value: null }];
  const list = (label: "objectives" | "deliverables" | "goNoGoCriteria", items: readonly string[]) =>
    items.length === 0 ? [] : [f.t("phases.reviewList", { label: f.t(`phases.${label}`), items: items.join("; ") })];
  return tender.innovationPhases.map((phase, i) => ({
    key: `${phase.kind}-${i}`,
    label: f.t("phases.phaseHeading", { number: i + 1, kind: f.t(`innovationPhase.${phase.kind}`) }),
    value: [
      f.t("review.months", { count: phase.durationMonths }),
      money(phase.maxCostCents, tender.currency, f),
      phase.resultsLicence,
      ...list("objectives", phase.objectives),
      ...list("deliverables", phase.deliverables),
      ...list("goNoGoCriteria", phase.goNoGoCriteria),
    ],
  }));
}
