"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { TableHead } from "@/components/ui/table-head";
import { COST_FORMULA_RULES, workedExample, type CostFormula } from "@/lib/domain/tender/cost-formulas";

/**
 * The formula at work on three sample bids (cost-formulas.ts), as a table and one sentence that
 * walks through bid B, with the points of a cost criterion of this weight.
 */
export function WorkedExample({ formula, maxPoints }: { formula: CostFormula; maxPoints: number }) {
  const t = useTranslations("tenders.criteria.example");
  const format = useFormatter();
  const headingId = useId();
  const example = workedExample(formula, maxPoints);
  const isRatio = COST_FORMULA_RULES[formula].output === "RATIO";
  const euros = (cents: number, decimals = 0) =>
    format.number(cents / 100, {
      style: "currency",
      currency: "EUR",
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  const points = (value: number | null) => format.number(value ?? 0, { maximumFractionDigits: 2 });
  const [a, b, c] = example.scores;
  const max = example.maxPoints ?? 0;
  return (
    <section aria-labelledby={headingId} className="mb-6">
      <h4 id={headingId} className="mb-2 text-lg">
        {t("heading")}
      </h4>
      <table className="mb-3 w-full text-left">
        <caption className="text-muted mb-2 text-left">{t("caption")}</caption>
        <TableHead
          columns={[
            t("bid"),
            t("price"),
            ...(isRatio ? [t("quality")] : []),
            isRatio ? t("ratio") : t("points", { max }),
            t("rank"),
          ]}
        />
        <tbody>
          {example.scores.map((score) => (
            <tr key={score.label} className="border-b border-line">
              <th scope="row" className="py-2 pr-4">
                {score.label}
              </th>
              <td className="py-2 pr-4">{euros(score.priceCents)}</td>
              {isRatio ? <td className="py-2 pr-4">{score.qualityScore}</td> : null}
              <td className="py-2 pr-4">
                {isRatio ? euros(score.centsPerQualityPoint ?? 0, 2) : points(score.points)}
              </td>
              <td className="py-2 pr-4">{score.rank}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t(COST_FORMULA_RULES[formula].code, {
          max: points(max),
          priceA: euros(a!.priceCents),
          priceB: euros(b!.priceCents),
          priceC: euros(c!.priceCents),
          pointsB: points(b!.points),
          qualityB: points(b!.qualityScore),
          ratioB: euros(b!.centsPerQualityPoint ?? 0, 2),
          reference: euros(example.referencePriceCents ?? 0),
          floor: euros(example.floorPriceCents ?? 0),
        })}
      </p>
    </section>
  );
}
