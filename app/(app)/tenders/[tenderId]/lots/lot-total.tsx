"use client";
import { useFormatter, useTranslations } from "next-intl";
import { parseMoneyInput } from "@/lib/domain/money";
import { compareLotTotal, type LotValue } from "@/lib/domain/tender/lots";
import type { LotInput } from "@/lib/schemas/tender-lots";

/**
 * The lots' total as it is typed, against the tender's estimated value (Art. 5(8)): the
 * estimated value is the total of all lots, so a difference either way is worth a warning.
 */
export function LotTotal({
  lots,
  currency,
  estimatedValueCents,
}: {
  lots: readonly LotInput[];
  currency: string;
  estimatedValueCents: number | null;
}) {
  const t = useTranslations("tenders.lots");
  const format = useFormatter();
  // Whole amounts without ",00": lot values are usually round figures.
  const money = (cents: number) =>
    format.number(cents / 100, { style: "currency", currency, minimumFractionDigits: cents % 100 === 0 ? 0 : 2 });
  const values: LotValue[] = [];
  let missing = 0;
  for (const lot of lots) {
    const parsed = parseMoneyInput(lot.estimatedValue ?? "");
    if (parsed.ok && parsed.cents > 0) values.push({ key: lot.key, estimatedValueCents: parsed.cents });
    else missing += 1;
  }
  // Compared only once every lot has a value: a partial total would always look too low.
  const comparison =
    estimatedValueCents !== null && missing === 0 ? compareLotTotal(values, estimatedValueCents) : null;
  const warning = comparison !== null && comparison.outcome !== "MATCHES";

  return (
    <section aria-labelledby="lots-total-heading" className="mb-6">
      <h3 id="lots-total-heading" className="mb-2 text-lg">
        {t("totalHeading")}
      </h3>
      <div role="status" className={warning ? "border-l-4 border-danger pl-3" : ""}>
        <p>
          {t("total", { total: money(values.reduce((sum, lot) => sum + lot.estimatedValueCents, 0)) })}{" "}
          {missing > 0 ? t("totalIncomplete", { count: missing }) : null}
        </p>
        {estimatedValueCents === null ? (
          <p>{t("totalNoEstimate")}</p>
        ) : comparison === null ? null : comparison.outcome === "MATCHES" ? (
          <p>{t("totalMatches")}</p>
        ) : (
          <p>
            <strong>{t("warning")}: </strong>
            {t(comparison.outcome === "ABOVE_ESTIMATE" ? "totalAbove" : "totalBelow", {
              estimate: money(estimatedValueCents),
            })}
          </p>
        )}
      </div>
    </section>
  );
}
