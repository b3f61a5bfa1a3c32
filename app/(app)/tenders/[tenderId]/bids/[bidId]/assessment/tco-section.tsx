import { getFormatter, getTranslations } from "next-intl/server";
import { costYearLabel } from "@/components/bids/cost-year-label";
import { formatMoney } from "@/components/bids/money";
import { FiguresTable } from "@/components/ui/figures-table";
import { Notice } from "@/components/ui/notice";
import type { FiguresView } from "@/lib/domain/assessment/assessment-view";
import type { BidFullAssessmentView } from "@/lib/domain/assessment/assess-bids";
import type { AssessmentSettings } from "@/lib/server/bids/assess-tender-bids";

/**
 * The total cost of ownership of one bid: the rate and horizon used, the totals (the bidder's
 * prices and the authority's internal costs apart, then together, nominal and discounted), the
 * warnings (a missing exit line first), and the same by category and by year.
 */
export async function TcoSection({
  bid,
  settings,
  currency,
}: {
  bid: BidFullAssessmentView;
  settings: AssessmentSettings;
  currency: string;
}) {
  const [t, tCost, tProblem, format] = await Promise.all([
    getTranslations("bidAssessment.tco"),
    getTranslations("costLines"),
    getTranslations("problems"),
    getFormatter(),
  ]);
  const { tco } = bid;
  const money = (cents: number) => formatMoney(format, cents, currency);
  const columns = [t("nominal"), t("discounted")];
  const pair = (figures: FiguresView) => [money(figures.nominalCents), money(figures.discountedCents)];
  const exitMissing = tco.problems.some((problem) => problem.code === "tco.exitMissing");
  const otherProblems = tco.problems.filter((problem) => problem.code !== "tco.exitMissing");
  const yearLabel = (year: number) => costYearLabel(tCost, year, settings.lastYear);

  const categories = tco.combined.byCategory.map((entry) => entry.category);
  const find = (list: (FiguresView & { category: string })[], category: string) =>
    list.find((entry) => entry.category === category) ?? { nominalCents: 0, discountedCents: 0, discountedCentsExact: "0" }; // prettier-ignore

  return (
    <section aria-labelledby="tco-heading" className="mb-12">
      <h2 id="tco-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      <p className="mb-4 max-w-3xl">
        {t("settings", {
          rate: format.number(settings.discountRatePercent, { maximumFractionDigits: 2 }),
          horizon: settings.tcoHorizonYears,
          exit: settings.lastYear,
        })}
      </p>
      {exitMissing ? (
        <Notice tone="danger" title={t("exitMissingTitle")}>
          <p>{tProblem("tco.exitMissing")}</p>
        </Notice>
      ) : null}
      {otherProblems.length > 0 ? (
        <Notice title={t("warningsTitle")}>
          <ul className="list-disc pl-6">
            {otherProblems.map((problem, index) => (
              <li key={index}>{tProblem(problem.code, problem.values as Record<string, string | number>)}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <FiguresTable
        id="tco-totals"
        caption={t("totalsCaption", { currency })}
        corner={t("costs")}
        columns={columns}
        rows={[
          { label: t("bidder"), cells: pair(tco.bidder.total) },
          { label: t("internal"), cells: pair(tco.internal.total), apart: true },
        ]}
        total={{ label: t("together"), cells: pair(tco.combined.total) }}
      />
      <p className="mb-8 max-w-3xl">{tco.internalCostsSource === "BID" ? t("internalOwn") : t("internalTender")}</p>

      <h3 className="mb-2">{t("byCategoryHeading")}</h3>
      <FiguresTable
        id="tco-by-category"
        caption={t("byCategoryCaption", { currency })}
        corner={tCost("category")}
        columns={[t("bidderNominal"), t("bidderDiscounted"), t("internalNominal"), t("internalDiscounted"), t("togetherNominal"), t("togetherDiscounted")]} // prettier-ignore
        rows={categories.map((category) => ({
          label: tCost(`categories.${category}`),
          cells: [
            ...pair(find(tco.bidder.byCategory, category)),
            ...pair(find(tco.internal.byCategory, category)),
            ...pair(find(tco.combined.byCategory, category)),
          ],
        }))}
        total={{
          label: tCost("total"),
          cells: [...pair(tco.bidder.total), ...pair(tco.internal.total), ...pair(tco.combined.total)],
        }}
      />

      <h3 className="mb-2">{t("byYearHeading")}</h3>
      <FiguresTable
        id="tco-by-year"
        caption={t("byYearCaption", { currency })}
        corner={t("yearColumn")}
        columns={[t("bidderNominal"), t("bidderDiscounted"), t("internalNominal"), t("internalDiscounted"), t("togetherNominal"), t("togetherDiscounted"), t("cumulative")]} // prettier-ignore
        rows={tco.combined.byYear.map((entry, index) => ({
          label: yearLabel(entry.year),
          cells: [
            ...pair(tco.bidder.byYear[index]!),
            ...pair(tco.internal.byYear[index]!),
            ...pair(entry),
            money(entry.cumulativeDiscountedCents),
          ],
        }))}
      />
    </section>
  );
}
