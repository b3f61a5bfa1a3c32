"use client";
import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/forms/radio-group";
import { TextField } from "@/components/forms/text-field";
import { SCORE_AGGREGATIONS } from "@/lib/domain/tender/criteria-tree";
import type { CriteriaFormApi } from "./criteria-form-api";

/**
 * What the tender fixes before bids are opened besides the criteria: how evaluators' quality
 * scores become one, the least quality points a bid needs (optional, C-546/16 Montte), how future
 * costs count in the total cost of ownership, and how ties are broken.
 */
export function ScoringRulesFields({
  api,
  durationMonths,
  qualityPoints,
}: {
  api: CriteriaFormApi;
  durationMonths: number | null;
  /** The most quality points a bid can earn with the criteria as typed; NaN while a weight is unreadable. */
  qualityPoints: number;
}) {
  const t = useTranslations("tenders.criteria.rules");
  return (
    <section aria-labelledby="scoring-rules-heading" className="mb-10">
      <h2 id="scoring-rules-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      <p className="mb-6">{t("lead")}</p>
      <RadioGroup
        name="scoreAggregation"
        legend={t("aggregationLegend")}
        error={api.fieldError("scoreAggregation")}
        options={SCORE_AGGREGATIONS.map((aggregation) => ({
          value: aggregation,
          label: t(`aggregation.${aggregation}.label`),
          hint: t(`aggregation.${aggregation}.hint`),
        }))}
        registration={api.form.register("scoreAggregation")}
      />
      <TextField
        name="minimumQualityPoints"
        label={t("minimumQualityPoints")}
        hint={[
          t("minimumQualityPointsHint"),
          Number.isFinite(qualityPoints) ? t("qualityPointsNote", { max: qualityPoints }) : "",
        ]
          .join(" ")
          .trim()}
        inputMode="decimal"
        className="max-w-[8rem]"
        error={api.fieldError("minimumQualityPoints")}
        registration={api.form.register("minimumQualityPoints")}
      />
      <TextField
        name="discountRatePercent"
        label={t("discountRate")}
        hint={t("discountRateHint")}
        inputMode="decimal"
        className="max-w-[8rem]"
        error={api.fieldError("discountRatePercent")}
        registration={api.form.register("discountRatePercent")}
      />
      <TextField
        name="tcoHorizonYears"
        label={t("tcoHorizon")}
        hint={[t("tcoHorizonHint"), durationMonths ? t("durationNote", { months: durationMonths }) : ""]
          .join(" ")
          .trim()}
        inputMode="numeric"
        className="max-w-[8rem]"
        error={api.fieldError("tcoHorizonYears")}
        registration={api.form.register("tcoHorizonYears")}
      />
      {/* A fixed rule (decisions.md, "Ties"), stated so that the drafter knows what the documents will say. */}
      <h3 className="mb-1 text-lg">{t("tiesHeading")}</h3>
      <p>{t("ties")}</p>
    </section>
  );
}
