import type { CostLine } from "@/lib/domain/bids/bid-model";
import { formatMoneyInput } from "@/lib/domain/money";
import type { InternalCostLineInput } from "@/lib/schemas/internal-costs";

/** Stored cost lines as the internal-costs forms hold them (text fields). */
export function costLineInputs(lines: readonly CostLine[]): InternalCostLineInput[] {
  return lines.map((line) => ({
    category: line.category,
    year: String(line.year),
    amount: formatMoneyInput(line.amountCents),
    note: line.note,
  }));
}
