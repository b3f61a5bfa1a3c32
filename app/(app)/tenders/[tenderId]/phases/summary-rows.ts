import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { money, type Formatters, type Row } from "../summary-row";

/** One row per phase of the innovation partnership: duration, cost ceiling, licence of results. */
export function phasesRows(tender: TenderDto, f: Formatters): Row[] {
  if (tender.innovationPhases.length === 0) return [{ key: "innovationPhases", value: null }];
  return tender.innovationPhases.map((phase, i) => ({
    key: `${phase.kind}-${i}`,
    label: f.t(`innovationPhase.${phase.kind}`),
    value: [
      f.t("review.months", { count: phase.durationMonths }),
      money(phase.maxCostCents, tender.currency, f),
      phase.resultsLicence,
    ],
  }));
}
