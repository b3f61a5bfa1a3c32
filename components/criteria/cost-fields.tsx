"use client";
import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/forms/radio-group";
import { TextField } from "@/components/forms/text-field";
import { COST_FORMULA_RULES, COST_FORMULAS } from "@/lib/domain/tender/cost-formulas";
import type { Problem } from "@/lib/domain/tender/problem";
import { readNumber, type CriterionFormValues } from "@/lib/schemas/award-criteria";
import { AdviceList } from "./advice-list";
import { fieldAt, type CriteriaFormApi } from "./criteria-form-api";
import { WorkedExample } from "./worked-example";

/**
 * How the cost criterion scores price: the formula (its name, its expression, whether it is
 * relative), F5's reference and floor prices, the advice that concerns it, and a worked example.
 */
export function CostFields({
  api,
  path,
  value,
  advice,
  estimatedValue,
}: {
  api: CriteriaFormApi;
  path: string;
  value: CriterionFormValues;
  advice: readonly Problem[];
  estimatedValue: string | null;
}) {
  const t = useTranslations("tenders.criteria");
  const formula = value.costFormula ?? null;
  const weight = readNumber(value.weight ?? "");
  // The example shows the points this criterion would give; until its weight is valid, out of 100.
  const maxPoints = Number.isInteger(weight) && weight >= 1 && weight <= 100 ? weight : 100;
  const name = (field: string) => fieldAt(path, field);
  return (
    <div className="mb-2">
      <RadioGroup
        name={name("costFormula")}
        legend={t("formulaLegend")}
        hint={t("formulaHint")}
        error={api.fieldError(name("costFormula"))}
        options={COST_FORMULAS.map((code) => {
          const rule = COST_FORMULA_RULES[code];
          return {
            value: code,
            label: t(`formulas.${rule.code}`),
            hint: t("formulaOptionHint", {
              expression: rule.expression,
              relativity: t(rule.relative ? "relative" : "absolute"),
            }),
          };
        })}
        registration={api.form.register(name("costFormula"))}
      />
      <AdviceList problems={advice} />
      {formula === "F5" ? (
        <>
          <TextField
            name={name("referencePrice")}
            label={t("referencePrice")}
            hint={[t("referencePriceHint"), estimatedValue ? t("estimatedValueNote", { value: estimatedValue }) : ""]
              .join(" ")
              .trim()}
            inputMode="decimal"
            className="max-w-xs"
            error={api.fieldError(name("referencePrice"))}
            registration={api.form.register(name("referencePrice"))}
          />
          <TextField
            name={name("floorPrice")}
            label={t("floorPrice")}
            hint={t("floorPriceHint")}
            inputMode="decimal"
            className="max-w-xs"
            error={api.fieldError(name("floorPrice"))}
            registration={api.form.register(name("floorPrice"))}
          />
        </>
      ) : null}
      {formula ? <WorkedExample formula={formula} maxPoints={maxPoints} /> : null}
    </div>
  );
}
