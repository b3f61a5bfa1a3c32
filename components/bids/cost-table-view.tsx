import { getFormatter, getTranslations } from "next-intl/server";
import type { CostLine } from "@/lib/domain/bids/bid-model";
import { costTable } from "@/lib/domain/bids/cost-table";
import { costYearLabel } from "./cost-year-label";
import { formatMoney } from "./money";

/**
 * Cost lines as a table by category and year with nominal totals per row and column. It scrolls
 * sideways on a narrow screen, and can be scrolled with the keyboard.
 */
export async function CostTableView({
  id,
  lines,
  lastYear,
  currency,
  caption,
}: {
  id: string;
  lines: readonly CostLine[];
  /** The tender's last year (horizon plus exit period), so that every year shows; null when unknown. */
  lastYear: number | null;
  currency: string;
  caption: string;
}) {
  const [t, format] = await Promise.all([getTranslations("costLines"), getFormatter()]);
  const table = costTable(lines, lastYear ?? 0);
  const money = (cents: number) => formatMoney(format, cents, currency);
  const yearLabel = (year: number) => costYearLabel(t, year, lastYear);
  if (table.rows.length === 0) return <p className="mb-6">{t("none")}</p>;
  return (
    <div id={id} role="region" aria-label={caption} tabIndex={0} className="mb-6 max-w-full overflow-x-auto">
      <table className="border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              {t("category")}
            </th>
            {table.years.map((year) => (
              <th key={year} scope="col" className="py-2 pr-4 text-right whitespace-nowrap">
                {yearLabel(year)}
              </th>
            ))}
            <th scope="col" className="py-2 text-right">
              {t("total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.category} className="border-b border-line">
              <th scope="row" className="py-2 pr-4 font-normal">
                {t(`categories.${row.category}`)}
              </th>
              {row.amountsCents.map((cents, year) => (
                <td key={year} className="py-2 pr-4 text-right whitespace-nowrap tabular-nums">
                  {cents === 0 ? <span className="text-muted">–</span> : money(cents)}
                </td>
              ))}
              <td className="py-2 text-right font-semibold whitespace-nowrap tabular-nums">{money(row.totalCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-ink font-semibold">
            <th scope="row" className="py-2 pr-4">
              {t("total")}
            </th>
            {table.yearTotalsCents.map((cents, year) => (
              <td key={year} className="py-2 pr-4 text-right whitespace-nowrap tabular-nums">
                {money(cents)}
              </td>
            ))}
            <td className="py-2 text-right whitespace-nowrap tabular-nums">{money(table.totalCents)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
