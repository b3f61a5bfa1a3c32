"use client";
import { useMemo } from "react";
import { useFieldArray, type UseFormRegisterReturn, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { useEditableList } from "@/components/forms/use-editable-list";
import { useMessage } from "@/components/forms/use-message";
import { chosenClauseProblems, chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import type { Locale } from "@/lib/i18n/config";
import { messageRef } from "@/lib/i18n/message-ref";
import type { FormClause } from "./form-values";

/** The definitions a page was given (by key@version) and the form's schema checked against them. */
export function useClauseDefinitions<Schema extends z.ZodType>(
  definitions: Record<string, Clause>,
  schemaFor: (definitions: ReadonlyMap<string, Clause>) => Schema,
) {
  const definitionMap = useMemo(() => new Map(Object.entries(definitions)), [definitions]);
  const schema = useMemo(() => schemaFor(definitionMap), [schemaFor, definitionMap]);
  return { definitionMap, schema };
}

/** What each chosen clause of the list needs from the list around it. */
export type ChosenClauseContext = {
  listId: string;
  headingId: (index: number) => string;
  count: number;
  uiLocale: Locale;
  documentsLocale: Locale;
  titleOf: (entry: { key: string; version: number }) => string;
  definitionOf: (entry: { key: string; version: number }) => Clause | undefined;
  /** The message when the library no longer has the version chosen. */
  missingMessage: (index: number) => string | undefined;
  errorAt: (path: string) => string | undefined;
  warningAt: (path: string) => string | undefined;
  register: (path: string) => UseFormRegisterReturn;
  onMove: (from: number, to: number) => void;
};

/**
 * The chosen clauses of a form (the tender's section, the template builder): the list with
 * add, remove, move and undo, and the problems of their parameters, found as they are typed with
 * the rules the server applies. Errors show once the summary does or at once; warnings advise.
 */
export function useChosenClauses<Entry extends FormClause>({
  state,
  definitionMap,
  uiLocale,
  documentsLocale,
  listId,
  headingId,
  addButtonId,
}: {
  state: { form: unknown; fieldError: (name: string) => string | undefined };
  definitionMap: ReadonlyMap<string, Clause>;
  uiLocale: Locale;
  documentsLocale: Locale;
  listId: string;
  headingId: (index: number) => string;
  /** Where the focus goes when the list is emptied. */
  addButtonId: string;
}) {
  const message = useMessage();
  const { fieldError } = state;
  // The list only touches its own field, which the form holds beside its ids.
  const form = state.form as UseFormReturn<{ clauses: FormClause[] }>;
  const { fields, append, insert, remove, move, update } = useFieldArray({ control: form.control, name: "clauses" });
  const watched = (form.watch("clauses") ?? []) as Entry[];
  const definitionOf = (entry: { key: string; version: number }) =>
    definitionMap.get(chosenVersionKey(entry.key, entry.version));
  const titleOf = (entry: { key: string; version: number }) =>
    definitionOf(entry)?.content[uiLocale].title ?? entry.key;

  const list = useEditableList<Entry>({
    listId,
    items: watched,
    nameOf: (item) => titleOf(item),
    firstFieldId: headingId,
    headingId,
    addButtonId,
    append,
    insert,
    remove,
    move,
  });

  // Live advice as the clauses are edited; the summary and the fields show errors after a save attempt.
  const live = new Map(
    chosenClauseProblems(watched, definitionMap).flatMap((problem) =>
      problem.path ? [[problem.path, { ref: messageRef(`problems.${problem.code}`, problem.values), problem }]] : [],
    ),
  );
  const errorAt = (path: string) =>
    fieldError(path) ?? (live.get(path)?.problem.severity === "error" ? message(live.get(path)?.ref) : undefined);
  const warningAt = (path: string) =>
    live.get(path)?.problem.severity === "warning" ? message(live.get(path)?.ref) : undefined;

  const context: ChosenClauseContext = {
    listId,
    headingId,
    count: fields.length,
    uiLocale,
    documentsLocale,
    titleOf,
    definitionOf,
    missingMessage: (index) => message(fieldError(`clauses.${index}.key`) ?? live.get(`clauses.${index}.key`)?.ref),
    errorAt,
    warningAt,
    register: (path) => form.register(path as `clauses.${number}.values.${string}`),
    onMove: list.moveItem,
  };
  return {
    fields,
    /** The entry at `index` as typed now (the field array's copy until the first change). */
    entryAt: (index: number) => watched[index] ?? (fields[index] as unknown as Entry),
    watched,
    update,
    list,
    chosenKeys: new Set(watched.map((entry) => entry.key)),
    context,
  };
}

export type ChosenClauses<Entry extends FormClause> = ReturnType<typeof useChosenClauses<Entry>>;
