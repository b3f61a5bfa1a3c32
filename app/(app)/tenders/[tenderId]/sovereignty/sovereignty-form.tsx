"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import {
  followProposal,
  proposeMinimumSeal,
  SOVEREIGNTY_OBJECTIVES,
  type SealLevel,
  type SovereigntyObjective,
} from "@/lib/domain/tender/sovereignty";
import { readAssessment, readWholeNumber, sovereigntySchema, type SovereigntyInput } from "@/lib/schemas/sovereignty";
import { useSectionForm } from "../use-section-form";
import { saveSovereigntyAction } from "./actions";
import { MinimumSealFieldset } from "./minimum-seal-fieldset";
import { RiskAssessmentFieldset } from "./risk-assessment-fieldset";
import { WeightsFieldset } from "./weights-fieldset";

/**
 * The sovereignty profile in three steps on one page: the risk assessment, the minimum SEAL per
 * objective that it proposes, and the weights of the objectives.
 */
export function SovereigntyForm({ values }: { values: SovereigntyInput & { tenderId: string; version: number } }) {
  const t = useTranslations("tenders.sovereignty");
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useSectionForm({
    schema: sovereigntySchema,
    action: saveSovereigntyAction,
    values,
  });
  const [changedObjectives, setChangedObjectives] = useState<SovereigntyObjective[]>([]);

  // When an answer changes, the minimums still at the old proposal move to the new one; the
  // levels the drafter chose on purpose stay.
  const onAnswerChanged = (previousAnswers: SovereigntyInput["assessment"]) => {
    const previous = proposeMinimumSeal(readAssessment(previousAnswers).assessment);
    const next = proposeMinimumSeal(readAssessment(form.getValues("assessment")).assessment);
    const chosen = Object.fromEntries(
      SOVEREIGNTY_OBJECTIVES.map((objective) => [
        objective,
        readWholeNumber(form.getValues(`minimumSeal.${objective}.seal`), 4) ?? previous[objective],
      ]),
    ) as Record<SovereigntyObjective, SealLevel>;
    const followed = followProposal(previous, next, chosen);
    for (const objective of SOVEREIGNTY_OBJECTIVES) {
      if (followed[objective] !== chosen[objective]) {
        form.setValue(`minimumSeal.${objective}.seal`, String(followed[objective]));
      }
    }
    setChangedObjectives(SOVEREIGNTY_OBJECTIVES.filter((objective) => previous[objective] !== next[objective]));
  };

  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <RiskAssessmentFieldset form={form} fieldError={fieldError} onAnswerChanged={onAnswerChanged} />
          <MinimumSealFieldset form={form} fieldError={fieldError} changedObjectives={changedObjectives} />
          <WeightsFieldset form={form} fieldError={fieldError} />
          <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
