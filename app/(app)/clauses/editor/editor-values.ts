import type { UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { clauseFromDraft, draftOf, readCpvPrefixes, type ClauseDraft } from "@/lib/domain/clauses/clause-draft";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import type { clauseVersionSchema } from "@/lib/schemas/clauses";

/**
 * The fields both library forms share, as react-hook-form holds them: the clause draft with the
 * CPV prefixes as typed text, and the change note. "Create" adds the key, "Edit" the lock.
 */
export type ClauseEditorValues = Omit<z.input<typeof clauseVersionSchema>, "key" | "lockVersion">;
export type ClauseEditorForm = UseFormReturn<ClauseEditorValues>;
export type FieldErrorOf = (name: string) => string | undefined;

export function editorValuesOf(draft: ClauseDraft, changeNote: string): ClauseEditorValues {
  return {
    ...draft,
    applicability: { ...draft.applicability, cpvPrefixes: draft.applicability.cpvPrefixes.join(", ") },
    changeNote,
  } as ClauseEditorValues;
}

export function editorValuesOfClause(clause: Clause): ClauseEditorValues {
  return editorValuesOf(draftOf(clause), "");
}

/**
 * The clause the form describes right now, for the preview. Values are as typed (not yet checked):
 * whatever cannot be read yet gives no preview rather than an error.
 */
export function previewClause(values: ClauseEditorValues, key: string): Clause | null {
  try {
    const draft = {
      ...values,
      applicability: { ...values.applicability, cpvPrefixes: readCpvPrefixes(values.applicability.cpvPrefixes ?? "") },
    } as unknown as ClauseDraft;
    return clauseFromDraft(key || "new-clause", 1, draft);
  } catch {
    return null;
  }
}
