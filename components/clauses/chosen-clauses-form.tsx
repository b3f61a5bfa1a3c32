"use client";
import { useTranslations } from "next-intl";
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
  messages,
  beforeForm,
  children,
}: {
  state: FormShellState;
  chosen: ChosenClauses<Entry>;
  /** Where its words are: chosenHeading, chosenNone, undoRemove and save. */
  messages: "tenders.clauses" | "templates.clauses";
  beforeForm?: ReactNode;
  children: (entry: Entry, index: number) => ReactNode;
}) {
  const t = useTranslations(messages);
  const { fields, list } = chosen;
  return (
    <FormShell
      state={state}
      submitLabel={t("save")}
      beforeForm={
        <>
          <p className="sr-only" aria-live="polite">
            {list.announcement}
          </p>
          {beforeForm}
        </>
      }
    >
      <h2 className="mb-2 text-2xl font-bold">{t("chosenHeading")}</h2>
      {fields.length === 0 ? <p className="text-muted mb-6">{t("chosenNone")}</p> : null}
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
            {t("undoRemove", { title: list.removedName })}
          </Button>
        </p>
      ) : null}
    </FormShell>
  );
}
