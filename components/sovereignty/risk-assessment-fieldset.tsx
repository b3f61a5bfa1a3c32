"use client";
import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/forms/radio-group";
import { RISK_FACTORS, RISK_LEVEL_CODES, type RiskFactor } from "@/lib/domain/tender/sovereignty";
import type { SovereigntyInput } from "@/lib/schemas/sovereignty";
import type { StepProps } from "./form-props";
import { StepFieldset } from "./step-fieldset";

/** Step 1: four questions, each answered on a scale of four plainly described levels. */
export function RiskAssessmentFieldset({
  form,
  fieldError,
  onAnswerChanged,
}: StepProps & { onAnswerChanged: (previousAnswers: SovereigntyInput["assessment"]) => void }) {
  const t = useTranslations("tenders.sovereignty");
  return (
    <StepFieldset legend={t("assessmentLegend")} lead={<p>{t("assessmentLead")}</p>}>
      {RISK_FACTORS.map((factor) => (
        <Question key={factor} factor={factor} form={form} fieldError={fieldError} onAnswerChanged={onAnswerChanged} />
      ))}
    </StepFieldset>
  );
}

function Question({
  factor,
  form,
  fieldError,
  onAnswerChanged,
}: StepProps & { factor: RiskFactor; onAnswerChanged: (previousAnswers: SovereigntyInput["assessment"]) => void }) {
  const t = useTranslations("tenders.sovereignty.factors");
  const registration = form.register(`assessment.${factor}`);
  return (
    <RadioGroup
      name={`assessment.${factor}`}
      legend={t(`${factor}.question`)}
      error={fieldError(`assessment.${factor}`)}
      options={RISK_LEVEL_CODES[factor].map((code, level) => ({
        value: String(level),
        label: t(`${factor}.levels.${code}.label`),
        hint: t(`${factor}.levels.${code}.hint`),
      }))}
      registration={{
        ...registration,
        onChange: async (event) => {
          // A copy: the form's own object already holds the new answer once onChange has run.
          const previousAnswers = { ...form.getValues("assessment") };
          const result = await registration.onChange(event);
          onAnswerChanged(previousAnswers);
          return result;
        },
      }}
    />
  );
}
