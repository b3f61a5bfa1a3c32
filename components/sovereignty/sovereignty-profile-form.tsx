"use client";
import { FormShell, type FormShellState } from "@/components/forms/form-shell";
import type { StepProps } from "./form-props";
import { SovereigntySteps } from "./sovereignty-steps";

/**
 * The sovereignty profile in three steps on one page: the risk assessment, the minimum SEAL per
 * objective that it proposes, and the weights of the objectives. The tender's section and the
 * template builder each give their own form hook (the action that saves, the ids beside the
 * profile) and the words of their button.
 */
export function SovereigntyProfileForm({
  state,
  submitLabel,
}: {
  state: FormShellState & { form: unknown; fieldError: StepProps["fieldError"] };
  submitLabel: string;
}) {
  return (
    <FormShell state={state} submitLabel={submitLabel}>
      {/* The steps only touch the profile's fields, which the form holds beside its ids. */}
      <SovereigntySteps form={state.form as StepProps["form"]} fieldError={state.fieldError} />
    </FormShell>
  );
}
