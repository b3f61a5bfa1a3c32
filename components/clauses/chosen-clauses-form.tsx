"use client";
import type { ReactNode } from "react";
import { FormShell, type FormShellState } from "@/components/forms/form-shell";
import { Button } from "@/components/ui/button";
import type { FormClause } from "./form-values";
import type { ChosenClauses } from "./use-chosen-clauses";

/**
 * The form of the chosen clauses, in the order the documents will have them: the tender's
 * section and the template builder give their hook, their words and how to draw one clause.
 * `beforeForm` sits between the error summary and the form (the clauses proposed for a tender).
 */
export function ChosenClausesForm<Entry extends FormClause>({
  state,
  chosen,
  words,
  beforeForm,
  children,
}: {
  state: FormShellState;
  chosen: ChosenClauses<Entry>;
  words: { heading: string; none: string; undoRemove: (title: string) => string; save: string };
  beforeForm?: ReactNode;
  children: (entry: Entry, index: number) => ReactNode;
}) {
  const { fields, list } = chosen;
  return (
    <FormShell
      state={state}
      submitLabel={words.save}
      beforeForm={
        <>
          <p className="sr-only" aria-live="polite">
            {list.announcement}
          </p>
          {beforeForm}
        </>
      }
    >
      <h2 className="mb-2 text-2xl font-bold">{words.heading}</h2>
      {fields.length === 0 ? <p className="text-muted mb-6">{words.none}</p> : null}
      <ol className="mb-6 space-y-8">
        {fields.map((field, index) => (
          <li key={field.id} className="border-line border-l-4 pl-4">
            {children(chosen.entryAt(index), index)}
          </li>
        ))}
      </ol>
      {list.removedName ? (
        <p className="mb-6">
          <Button variant="secondary" onClick={list.undo}>
            {words.undoRemove(list.removedName)}
          </Button>
        </p>
      ) : null}
    </FormShell>
  );
}
