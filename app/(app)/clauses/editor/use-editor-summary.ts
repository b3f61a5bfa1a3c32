"use client";
import { useTranslations } from "next-intl";
import { nameListErrors } from "@/components/forms/name-list-errors";
import type { SummaryError } from "@/components/forms/error-summary";
import type { ParameterDraft } from "@/lib/domain/clauses/parameter-draft";
import type { ClauseEditorForm } from "./editor-values";
import { useParameterName } from "./parameter-list";

/**
 * The error summary of the library editor: an error of a parameter or a source starts with its
 * name ("Parameter 2: exitPlanMonths: A number of months cannot be negative."), since the same
 * message can appear for several of them.
 */
export function useEditorSummary(form: ClauseEditorForm, errors: readonly SummaryError[]): SummaryError[] {
  const t = useTranslations("clauses.edit.sourceList");
  const parameterName = useParameterName();
  const parameters = (form.getValues("parameters") ?? []) as ParameterDraft[];
  const named = nameListErrors(errors, "parameters", (index) => parameterName(parameters[index], index));
  return (["legalBasis", "sources"] as const).reduce(
    (list, name) => nameListErrors(list, name, (index) => t(`${name}.item`, { number: index + 1 })),
    named,
  );
}
