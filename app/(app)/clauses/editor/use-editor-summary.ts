"use client";
import { useTranslations } from "next-intl";
import { nameListErrors } from "@/components/forms/name-list-errors";
import type { SummaryError } from "@/components/forms/error-summary";
import type { ParameterDraft } from "@/lib/domain/clauses/parameter-draft";
import type { ClauseEditorForm } from "./editor-values";
import { useParameterName } from "./parameter-list";

/**
 * The error summary of the library editor: in the order of the fields on the page (the clause
 * check finds problems in its own order), and an error of a parameter or a source starts with its
 * name ("Parameter 2: exitPlanMonths: A number of months cannot be negative."), since the same
 * message can appear for several of them.
 */
export function useEditorSummary(form: ClauseEditorForm, errors: readonly SummaryError[]): SummaryError[] {
  const t = useTranslations("clauses.edit.sourceList");
  const parameterName = useParameterName();
  const parameters = (form.getValues("parameters") ?? []) as ParameterDraft[];
  const named = nameListErrors(errors, "parameters", (index) => parameterName(parameters[index], index));
  const withNames = (["legalBasis", "sources"] as const).reduce(
    (list, name) => nameListErrors(list, name, (index) => t(`${name}.item`, { number: index + 1 })),
    named,
  );
  return inPageOrder(withNames);
}

/** Errors of the form as a whole first, then the fields' errors in the order of the fields. */
function inPageOrder(errors: SummaryError[]): SummaryError[] {
  if (typeof document === "undefined") return errors;
  const element = (error: SummaryError) => (error.fieldId ? document.getElementById(error.fieldId) : null);
  return errors
    .map((error, index) => ({ error, index, at: element(error) }))
    .sort((a, b) => {
      if (!a.at || !b.at) return a.at ? 1 : b.at ? -1 : a.index - b.index;
      if (a.at === b.at) return a.index - b.index;
      return a.at.compareDocumentPosition(b.at) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    })
    .map(({ error }) => error);
}
