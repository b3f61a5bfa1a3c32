import { COST_CATEGORIES, type CostCategory, type CostLine } from "./bid-model";

/**
 * Cost lines as a table by category (rows, in the order of reference.md §4.2) and year (columns),
 * with nominal totals per row, per column and overall, in integer cents. Nothing is discounted
 * here: the discounted total of ownership is the assessment's (lib/domain/assessment).
 */
export type CostTableRow = { category: CostCategory; amountsCents: number[]; totalCents: number };
export type CostTable = { years: number[]; rows: CostTableRow[]; yearTotalsCents: number[]; totalCents: number };

/**
 * `lastYear` widens the table to the tender's last year (its horizon plus the exit period), so
 * that bids compare column by column even where one has no cost in a late year. A category with
 * no line is left out; several lines of one category and year add up.
 */
export function costTable(lines: readonly CostLine[], lastYear = 0): CostTable {
  const maxYear = lines.reduce((max, line) => Math.max(max, line.year), lastYear);
  const years = Array.from({ length: maxYear + 1 }, (_, year) => year);
  const byCategory = new Map<CostCategory, number[]>();
  for (const line of lines) {
    const amounts = byCategory.get(line.category) ?? years.map(() => 0);
    amounts[line.year] = (amounts[line.year] ?? 0) + line.amountCents;
    byCategory.set(line.category, amounts);
  }
  const rows = COST_CATEGORIES.flatMap((category) => {
    const amountsCents = byCategory.get(category);
    return amountsCents ? [{ category, amountsCents, totalCents: sum(amountsCents) }] : [];
  });
  const yearTotalsCents = years.map((year) => sum(rows.map((row) => row.amountsCents[year] ?? 0)));
  return { years, rows, yearTotalsCents, totalCents: sum(yearTotalsCents) };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
