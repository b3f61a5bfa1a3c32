"use client";
import type { BaseSyntheticEvent, ReactNode } from "react";
import { ErrorSummary, type SummaryError } from "./error-summary";
import { FormFields } from "./form-fields";
import { SubmitButton } from "./submit-button";

/** What the shell needs of a form hook (useActionForm, or a section's hook built on it). */
export type FormShellState = {
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  isPending: boolean;
  summaryErrors: SummaryError[];
  attempt: number;
  /** Above the form: an edit conflict, the autosave status, a corrigendum's reason. */
  notices?: ReactNode;
};

/**
 * The frame every action form shares, so each form only says what it asks: the notices of its
 * hook, the error summary (focused when it appears), then the form itself, validated by the
 * action's schema rather than the browser, its fields and button disabled until React has
 * hydrated, and the submit button last.
 */
export function FormShell({
  state,
  submitLabel,
  submitVariant,
  errors,
  beforeForm,
  children,
}: {
  state: FormShellState;
  submitLabel: ReactNode;
  submitVariant?: "primary" | "warning";
  /** The summary's errors when the form words them itself (a list's items by their names). */
  errors?: SummaryError[];
  /** Between the summary and the form: what belongs to the page rather than to what is sent. */
  beforeForm?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <>
      {state.notices}
      <ErrorSummary errors={errors ?? state.summaryErrors} attempt={state.attempt} />
      {beforeForm}
      <form onSubmit={state.onSubmit} method="post" noValidate>
        <FormFields>
          {children}
          <SubmitButton pending={state.isPending} variant={submitVariant}>
            {submitLabel}
          </SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
