import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { money, type Formatters, type Row } from "../summary-row";

/** One row per lot (title, value, description), or the reasons for not dividing. */
export function lotsRows(tender: TenderDto, f: Formatters): Row[] {
  if (tender.lots.length === 0) {
    const reasons = tender.reasonsForNotDividing.trim();
    return [{ key: "reasonsForNotDividing", value: reasons === "" ? null : reasons }];
  }
  return tender.lots.map((lot) => ({
    key: lot.key,
    label: `${lot.key} · ${lot.title}`,
    value: [money(lot.estimatedValueCents, tender.currency, f), ...(lot.description ? [lot.description] : [])],
  }));
}
