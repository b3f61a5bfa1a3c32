"use client";
import { useState } from "react";
import {
  followProposal,
  proposeMinimumSeal,
  SOVEREIGNTY_OBJECTIVES,
  type SealLevel,
  type SovereigntyObjective,
} from "@/lib/domain/tender/sovereignty";
import { readAssessment, readWholeNumber } from "@/lib/schemas/sovereignty";
import type { SovereigntyFieldValues, StepProps } from "./form-props";
import { MinimumSealFieldset } from "./minimum-seal-fieldset";
import { RiskAssessmentFieldset } from "./risk-assessment-fieldset";
import { WeightsFieldset } from "./weights-fieldset";

/**
 * The three steps of a sovereignty profile: the risk assessment, the minimum SEAL per objective
 * that it proposes, and the weights of the objectives. Shared by the tender's section and the
 * template builder, inside their own forms.
 */
export function SovereigntySteps({ form, fieldError }: StepProps) {
  const [changedObjectives, setChangedObjectives] = useState<SovereigntyObjective[]>([]);

  // When an answer changes, the minimums still at the old proposal move to the new one; the
  // levels the drafter chose on purpose stay.
  const onAnswerChanged = (previousAnswers: SovereigntyFieldValues["assessment"]) => {
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
      <RiskAssessmentFieldset form={form} fieldError={fieldError} onAnswerChanged={onAnswerChanged} />
      <MinimumSealFieldset form={form} fieldError={fieldError} changedObjectives={changedObjectives} />
      <WeightsFieldset form={form} fieldError={fieldError} />
    </>
  );
}
