import { getFormatter, getTranslations } from "next-intl/server";
import { FiguresTable } from "@/components/ui/figures-table";
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
    <FiguresTable
      id={id}
      caption={caption}
      corner={t("category")}
      columns={[
        ...table.years.map((year) => (
          <span key={year} className="whitespace-nowrap">
            {yearLabel(year)}
          </span>
        )),
        t("total"),
      ]}
      rows={table.rows.map((row) => ({
        label: t(`categories.${row.category}`),
        cells: [
          ...row.amountsCents.map((cents, year) =>
            cents === 0 ? (
              <span key={year} className="text-muted">
                –
              </span>
            ) : (
              money(cents)
            ),
          ),
          <span key="total" className="font-semibold">
            {money(row.totalCents)}
          </span>,
        ],
      }))}
      total={{ label: t("total"), cells: [...table.yearTotalsCents.map(money), money(table.totalCents)] }}
    />
  );
}
