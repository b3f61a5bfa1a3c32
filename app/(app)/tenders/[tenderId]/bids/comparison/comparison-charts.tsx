import { getFormatter, getTranslations } from "next-intl/server";
import { costYearLabel } from "@/components/bids/cost-year-label";
import { formatMoney } from "@/components/bids/money";
import { LineChart } from "@/components/charts/line-chart";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import type { BidFullAssessmentView } from "@/lib/domain/assessment/assess-bids";
import { COST_CATEGORIES } from "@/lib/domain/bids/bid-model";
import type { AssessmentSettings } from "@/lib/server/bids/assess-tender-bids";

const INTERNAL = "INTERNAL";

/**
 * The two charts of the comparison, each with its table: the discounted cost of each bid by the
 * bidder's cost categories, with the authority's internal costs as a segment of their own (never
 * mixed into the bidder's categories); and the cumulative discounted cost, both together, year by year.
 */
export async function ComparisonCharts({
  bids,
  settings,
  currency,
}: {
  bids: BidFullAssessmentView[];
  settings: AssessmentSettings;
  currency: string;
}) {
  const [t, tCost, format] = await Promise.all([
    getTranslations("bidComparison.charts"),
    getTranslations("costLines"),
    getFormatter(),
  ]);
  const money = (cents: number) => formatMoney(format, cents, currency);
  const tick = (cents: number) =>
    format.number(cents / 100, {
      style: "currency",
      currency,
      notation: "compact",
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    });
  const bidLabel = (bid: BidFullAssessmentView) => t("bid", { number: bid.receiptNumber, bidder: bid.bidderName });

  const categories = COST_CATEGORIES.filter((category) =>
    bids.some((bid) => bid.tco.bidder.byCategory.some((entry) => entry.category === category)),
  );
  const hasInternal = bids.some((bid) => bid.tco.internal.total.discountedCents > 0);
  const series = [
    ...categories.map((category) => ({ key: category, label: tCost(`categories.${category}`) })),
    ...(hasInternal ? [{ key: INTERNAL, label: t("internalSeries") }] : []),
  ];
  const bars = bids.map((bid) => ({
    key: bid.id,
    label: bidLabel(bid),
    values: series.map((entry) =>
      entry.key === INTERNAL
        ? bid.tco.internal.total.discountedCents
        : (bid.tco.bidder.byCategory.find((cost) => cost.category === entry.key)?.discountedCents ?? 0),
    ),
  }));

  // Every bid's years run from 0 to the same last year (zeros included), so the lines line up.
  const years = bids[0]?.tco.combined.byYear.map((entry) => entry.year) ?? [];
  const yearLabel = (year: number) => costYearLabel(tCost, year, settings.lastYear);

  return (
    <section aria-labelledby="charts-heading" className="mb-12">
      <h2 id="charts-heading" className="mb-4 text-2xl">
        {t("heading")}
      </h2>
      <StackedBarChart
        id="cost-by-category"
        title={t("costTitle")}
        description={t("costDescription", { horizon: settings.tcoHorizonYears })}
        series={series}
        bars={bars}
        formatValue={money}
        formatTick={tick}
        table={{ caption: t("costTableCaption", { currency }), corner: t("bidColumn"), totalLabel: t("total") }}
      />
      <LineChart
        id="cumulative-cost"
        title={t("cumulativeTitle")}
        description={t("cumulativeDescription", { exit: settings.lastYear })}
        points={years.map(yearLabel)}
        series={bids.map((bid) => ({
          key: bid.id,
          label: bidLabel(bid),
          values: bid.tco.combined.byYear.map((entry) => entry.cumulativeDiscountedCents),
        }))}
        formatValue={money}
        formatTick={tick}
        table={{ caption: t("cumulativeTableCaption", { currency }), corner: t("yearColumn") }}
      />
    </section>
  );
}
