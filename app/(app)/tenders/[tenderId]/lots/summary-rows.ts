import { findCpv } from "@/lib/server/cpv/cpv-index";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { money, type Formatters, type Row } from "../summary-row";

/** One row per lot (value, main CPV code when it has its own, description), or the reasons for not dividing. */
export function lotsRows(tender: TenderDto, f: Formatters): Row[] {
  if (tender.lots.length === 0) {
    const reasons = tender.reasonsForNotDividing.trim();
    return [{ key: "reasonsForNotDividing", value: reasons === "" ? null : reasons }];
  }
  return tender.lots.map((lot) => {
    const cpv = lot.cpv ? findCpv(lot.cpv) : undefined;
    return {
      key: lot.key,
      label: `${lot.key} · ${lot.title}`,
      value: [
        money(lot.estimatedValueCents, tender.currency, f),
        ...(lot.cpv ? [cpv ? `${cpv.code8}-${cpv.checkDigit} ${cpv.labels[f.locale]}` : lot.cpv] : []),
        ...(lot.description ? [lot.description] : []),
      ],
    };
  });
}
