import { getFormatter, getTranslations } from "next-intl/server";
import { formatMoney } from "@/components/bids/money";
import { TableHead } from "@/components/ui/table-head";
import type { BidFullAssessmentView } from "@/lib/domain/assessment/assess-bids";
import type { SovereigntyReviews } from "@/lib/domain/bids/bid-model";
import { LICENCE_CLASSES } from "@/lib/domain/licences/licence-class";

/**
 * One bid's automatic findings, as the panel had them: the total cost of ownership (the bidder's
 * prices and the authority's internal costs apart, nominal and discounted, then by category), the
 * licences (classes, the "open source" claim, deliverables needing attention), sovereignty per
 * objective with the evaluators' reviews and their reasons, open standards and the abnormally-low
 * check.
 */
export async function ReportBidAssessment({
  bid,
  label,
  reviews,
  currency,
}: {
  bid: BidFullAssessmentView;
  label: string;
  reviews: SovereigntyReviews;
  currency: string;
}) {
  const [t, tTco, tCost, tLicences, tObjective, format] = await Promise.all([
    getTranslations("awardReport.assessment"),
    getTranslations("bidAssessment.tco"),
    getTranslations("costLines"),
    getTranslations("licences"),
    getTranslations("tenders.sovereigntyObjective"),
    getFormatter(),
  ]);
  const money = (cents: number) => formatMoney(format, cents, currency);
  const { tco, licences, sovereignty, standards, abnormallyLow } = bid;
  const claim = licences.openSourceClaim;
  const attention = licences.deliverables.needingAttention.map((component) => component.name);

  return (
    <div className="mb-8 break-inside-avoid-page">
      <h4 className="mb-2 text-lg font-bold">{label}</h4>
      <table className="mb-3 w-full border-collapse text-left">
        <caption className="mb-1 text-left font-semibold">{tTco("totalsCaption", { currency })}</caption>
        <TableHead columns={[tTco("costs"), tTco("nominal"), tTco("discounted")]} />
        <tbody>
          {(
            [
              ["bidder", tco.bidder.total],
              ["internal", tco.internal.total],
              ["together", tco.combined.total],
            ] as const
          ).map(([key, figures]) => (
            <tr key={key} className={`border-b border-line ${key === "together" ? "font-semibold" : ""}`}>
              <th scope="row" className="py-1 pr-4 font-normal">
                {tTco(key)}
              </th>
              <td className="py-1 pr-4 tabular-nums">{money(figures.nominalCents)}</td>
              <td className="py-1 pr-4 tabular-nums">{money(figures.discountedCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="mb-3 w-full border-collapse text-left">
        <caption className="mb-1 text-left font-semibold">{tTco("byCategoryCaption", { currency })}</caption>
        <TableHead columns={[tCost("category"), tTco("togetherNominal"), tTco("togetherDiscounted")]} />
        <tbody>
          {tco.combined.byCategory.map((entry) => (
            <tr key={entry.category} className="border-b border-line">
              <th scope="row" className="py-1 pr-4 font-normal">
                {tCost(`categories.${entry.category}`)}
              </th>
              <td className="py-1 pr-4 tabular-nums">{money(entry.nominalCents)}</td>
              <td className="py-1 pr-4 tabular-nums">{money(entry.discountedCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {tco.problems.some((problem) => problem.code === "tco.exitMissing") ? (
        <p className="mb-2 font-semibold">{t("exitMissing")}</p>
      ) : null}{" "}
      {/* prettier-ignore */}
      <p className="mb-1">
        {t("licenceCounts", {
          counts: LICENCE_CLASSES.map((licenceClass) => `${tLicences(`class.${licenceClass}`)}: ${licences.counts[licenceClass]}`).join(", "), // prettier-ignore
        })}
      </p>
      <p className="mb-1">
        {tLicences(`openSourceClaim.${claim.status}`, { count: claim.components.length })}
        {claim.flagged ? ` ${t("flagged")}` : ""}
      </p>
      <p className="mb-1">
        {attention.length === 0
          ? t("deliverablesFine")
          : t("deliverablesAttention", { components: attention.join(", ") })}
      </p>
      {licences.aiModels.count > 0 ? (
        <p className="mb-1">
          {t("aiModels", { count: licences.aiModels.count, restricted: licences.aiModels.useRestricted })}
        </p>
      ) : null}
      <p className="mb-3">
        {standards.coveragePercent === null
          ? t("noStandards")
          : t("standards", { percent: format.number(standards.coveragePercent, { maximumFractionDigits: 2 }) })}
        {abnormallyLow.flagged ? ` ${t("abnormallyLow")}` : ""}
      </p>
      {sovereignty ? (
        <table className="w-full border-collapse text-left">
          <caption className="mb-1 text-left font-semibold">{t("sovereigntyCaption", { bid: label })}</caption>
          <TableHead columns={[t("objective"), t("claimed"), t("reviewed"), t("level"), t("minimum")]} />
          <tbody>
            {sovereignty.objectives.map((objective) => {
              const review = reviews[objective.objective];
              return (
                <tr key={objective.objective} className="border-b border-line align-top">
                  <th
                    scope="row"
                    className="py-1 pr-4 font-normal"
                  >{`${objective.objective} ${tObjective(objective.objective)}`}</th>
                  <td className="py-1 pr-4">{objective.claimed ?? "—"}</td>
                  <td className="py-1 pr-4">
                    {review
                      ? t("review", { level: review.level, by: review.reviewerName, why: review.justification })
                      : "—"}
                  </td>
                  <td className="py-1 pr-4">{objective.level}</td>
                  <td className="py-1 pr-4">
                    {objective.minimum} {objective.meetsMinimum ? "" : t("belowMinimum")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
