"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import { compareCeilingsWithEstimate } from "@/lib/domain/tender/innovation-phases";
import { readPhaseTotals, type PhaseFormValues } from "@/lib/schemas/innovation-phases";

/**
 * The partnership's total duration and the total of its cost ceilings, live as they are typed,
 * against the estimated value given under the scope (Art. 5(7)).
 */
export function PhaseTotals({
  tenderId,
  phases,
  currency,
  estimatedValueCents,
}: {
  tenderId: string;
  phases: readonly Partial<PhaseFormValues>[];
  currency: string;
  estimatedValueCents: number | null;
}) {
  const t = useTranslations("tenders.phases");
  const tReview = useTranslations("tenders.review");
  const format = useFormatter();
  const money = (cents: number) => format.number(cents / 100, { style: "currency", currency });
  const totals = readPhaseTotals(phases);
  const comparison = compareCeilingsWithEstimate(totals.maxCostCents, estimatedValueCents);
  const toScope = <Link href={`/tenders/${tenderId}/scope`}>{t("toScope")}</Link>;

  return (
    <section aria-labelledby="phases-totals" className="mb-8 border-t border-line pt-6">
      <h2 id="phases-totals" className="mb-3 text-2xl">
        {t("totalsHeading")}
      </h2>
      <div role="status">
        <p className="text-lg font-semibold">
          {t("totalDuration", { duration: tReview("months", { count: totals.durationMonths }) })}
        </p>
        <p className="text-lg font-semibold">{t("totalCost", { amount: money(totals.maxCostCents) })}</p>
      </div>
      <p className="text-muted mb-4">{t("totalCostHint")}</p>
      {/* A region of its own, so the advice is announced when it appears, not with every keystroke. */}
      <div role="status">
        {totals.uncounted ? <p className="mb-4">{t("totalUncounted")}</p> : null}
        {comparison.kind === "EXCEEDS" ? (
          <Notice title={t("exceedsTitle")}>
            <p className="mb-2">
              {t("exceedsBody", {
                total: money(comparison.totalCents),
                excess: money(comparison.excessCents),
                estimate: money(comparison.estimatedValueCents),
              })}
            </p>
            {toScope}
          </Notice>
        ) : null}
        {comparison.kind === "NO_ESTIMATE" && phases.length > 0 ? (
          <p className="mb-4">
            {t("noEstimate")} {toScope}
          </p>
        ) : null}
      </div>
    </section>
  );
}
