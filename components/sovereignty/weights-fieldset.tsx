"use client";
import { useTranslations } from "next-intl";
import { describedByFor, FieldMessages, fieldId } from "@/components/forms/field-messages";
import { Button } from "@/components/ui/button";
import { DEFAULT_SOVEREIGNTY_WEIGHTS, SOVEREIGNTY_OBJECTIVES } from "@/lib/domain/tender/sovereignty";
import { readWholeNumber } from "@/lib/schemas/sovereignty";
import type { StepProps } from "./form-props";
import { StepFieldset } from "./step-fieldset";

/**
 * Step 3: the eight weights, with the framework's as the default and the running total in a
 * polite live region. The group itself is the target of the summary's link for a wrong total.
 */
export function WeightsFieldset({ form, fieldError }: StepProps) {
  const t = useTranslations("tenders.sovereignty");
  const id = fieldId("weights");
  const hint = t("weightsHint");
  const error = fieldError("weights");
  const watched = form.watch("weights");
  const weights = SOVEREIGNTY_OBJECTIVES.map((objective) => readWholeNumber(watched?.[objective], 100));
  const sum = weights.reduce<number>((total, weight) => total + (weight ?? 0), 0);
  const uncounted = weights.some((weight) => weight === null);

  const useFrameworkWeights = () => {
    for (const objective of SOVEREIGNTY_OBJECTIVES) {
      form.setValue(`weights.${objective}`, String(DEFAULT_SOVEREIGNTY_WEIGHTS[objective]));
    }
    form.clearErrors("weights");
  };

  return (
    <StepFieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedByFor(id, hint, error)}
      legend={t("weightsLegend")}
      hasError={Boolean(error)}
      lead={<FieldMessages id={id} hint={hint} error={error} />}
    >
      <div className="mb-4 grid gap-x-6 sm:grid-cols-2">
        {SOVEREIGNTY_OBJECTIVES.map((objective) => (
          <WeightInput key={objective} objective={objective} form={form} fieldError={fieldError} />
        ))}
      </div>
      <p role="status" className="mb-4 text-lg font-semibold">
        {sum === 100 && !uncounted
          ? t("totalOk")
          : sum < 100
            ? t("totalShort", { sum, missing: 100 - sum })
            : t("totalOver", { sum, excess: sum - 100 })}
        {uncounted ? <span className="block font-normal">{t("totalUncounted")}</span> : null}
      </p>
      <Button variant="secondary" className="mb-6" onClick={useFrameworkWeights}>
        {t("useFrameworkWeights")}
      </Button>
    </StepFieldset>
  );
}

function WeightInput({
  objective,
  form,
  fieldError,
}: StepProps & { objective: (typeof SOVEREIGNTY_OBJECTIVES)[number] }) {
  const t = useTranslations("tenders.sovereignty");
  const tObjective = useTranslations("tenders.sovereigntyObjective");
  const name = `weights.${objective}` as const;
  const id = fieldId(name);
  const hint = t("frameworkWeight", { weight: DEFAULT_SOVEREIGNTY_WEIGHTS[objective] });
  const error = fieldError(name);
  return (
    <div className={`mb-5 ${error ? "border-danger border-l-4 pl-4" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {objective} · {tObjective(objective)}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <span className="flex items-center gap-2">
        <input
          id={id}
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedByFor(id, hint, error)}
          className={`min-h-11 w-20 rounded border-2 px-3 py-2 text-right ${error ? "border-danger" : "border-ink"}`}
          {...form.register(name)}
        />
        <span>{t("percent")}</span>
      </span>
    </div>
  );
}
