import { getFormatter, getTranslations } from "next-intl/server";
import { formatMoney } from "@/components/bids/money";
import { Notice } from "@/components/ui/notice";
import type { BidFullAssessmentView } from "@/lib/domain/assessment/assess-bids";

/**
 * Whether the bid's price looks abnormally low, why, and what follows: a request for an
 * explanation (Art. 69), never an exclusion by itself.
 */
export async function AbnormallyLowSection({
  bid,
  estimatedValueCents,
  currency,
}: {
  bid: BidFullAssessmentView;
  estimatedValueCents: number | null;
  currency: string;
}) {
  const [t, format] = await Promise.all([getTranslations("bidAssessment.abnormallyLow"), getFormatter()]);
  const check = bid.abnormallyLow;
  const money = (cents: number) => formatMoney(format, cents, currency);
  const percent = (value: number) => format.number(Math.abs(value), { maximumFractionDigits: 2 });
  const facts = [
    check.meanOfOthersCents === null || check.belowMeanPercent === null
      ? t("noMean", { count: check.otherCount })
      : t(check.belowMeanPercent >= 0 ? "belowMean" : "aboveMean", {
          percent: percent(check.belowMeanPercent),
          count: check.otherCount,
          mean: money(check.meanOfOthersCents),
        }),
    check.shareOfEstimatePercent === null || estimatedValueCents === null
      ? t("noEstimate")
      : t("shareOfEstimate", { percent: percent(check.shareOfEstimatePercent), estimate: money(estimatedValueCents) }),
  ];
  return (
    <section aria-labelledby="abnormally-low-heading" className="mb-12">
      <h2 id="abnormally-low-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      {check.flagged ? (
        <Notice tone="danger" title={t("flaggedTitle")}>
          <ul className="mb-2 list-disc pl-6">
            {check.reasons.map((reason) => (
              <li key={reason}>{t(`reason.${reason}`)}</li>
            ))}
          </ul>
          <p className="font-semibold">{t("explanation")}</p>
        </Notice>
      ) : (
        <p className="mb-4 text-lg font-semibold">{t("notFlagged")}</p>
      )}
      <p className="mb-2 max-w-3xl">{t("basis", { cost: money(bid.tco.bidder.total.discountedCents) })}</p>
      <ul className="mb-4 max-w-3xl list-disc pl-6">
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      <p className="max-w-3xl text-muted">{t("rule")}</p>
    </section>
  );
}
