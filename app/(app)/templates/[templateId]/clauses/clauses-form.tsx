"use client";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useFieldArray } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { useEditableList } from "@/components/forms/use-editable-list";
import { useMessage } from "@/components/forms/use-message";
import { Button } from "@/components/ui/button";
import { chosenClauseProblems, chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import type { Locale } from "@/lib/i18n/config";
import { messageRef } from "@/lib/i18n/message-ref";
import { templateClausesSchemaFor } from "@/lib/schemas/template-sections";
import { ClauseLibraryBrowser } from "@/app/(app)/tenders/[tenderId]/clauses/clause-library-browser";
import { formClause } from "@/app/(app)/tenders/[tenderId]/clauses/form-values";
import { saveTemplateClausesAction } from "../section-actions";
import { useTemplateForm } from "../use-template-form";
import {
  TEMPLATE_CLAUSES_LIST_ID,
  TemplateClauseItem,
  templateClauseHeadingId,
  type TemplateFormClause,
} from "./clause-item";

const ADD_ID = "library-heading";

/**
 * The template's clause set: each clause of the library it includes, with its status in the
 * template (mandatory, recommended, optional) and its default parameters, checked as they are
 * typed with the tender's own rules; and the library to add from.
 */
export function TemplateClausesForm({
  templateId,
  version,
  initialClauses,
  definitions,
  library,
  uiLocale,
  documentsLocale,
}: {
  templateId: string;
  version: number;
  initialClauses: TemplateFormClause[];
  /** Every definition the page may need, by key@version: the chosen versions and the library's current ones. */
  definitions: Record<string, Clause>;
  library: Clause[];
  uiLocale: Locale;
  documentsLocale: Locale;
}) {
  const t = useTranslations("templates.clauses");
  const message = useMessage();
  const definitionMap = useMemo(() => new Map(Object.entries(definitions)), [definitions]);
  const schema = useMemo(() => templateClausesSchemaFor(definitionMap), [definitionMap]);
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useTemplateForm({
    schema,
    action: saveTemplateClausesAction,
    values: { templateId, version, clauses: initialClauses },
  });
  const { fields, append, insert, remove, move } = useFieldArray({ control: form.control, name: "clauses" });
  const watched = (form.watch("clauses") ?? []) as TemplateFormClause[];
  const definitionOf = (entry: { key: string; version: number }) =>
    definitionMap.get(chosenVersionKey(entry.key, entry.version));
  const titleOf = (entry: { key: string; version: number }) =>
    definitionOf(entry)?.content[uiLocale].title ?? entry.key;

  const list = useEditableList<TemplateFormClause>({
    listId: TEMPLATE_CLAUSES_LIST_ID,
    items: watched,
    nameOf: (item) => titleOf(item),
    firstFieldId: templateClauseHeadingId,
    headingId: templateClauseHeadingId,
    addButtonId: ADD_ID,
    append,
    insert,
    remove,
    move,
  });

  const live = new Map(
    chosenClauseProblems(watched, definitionMap).flatMap((problem) =>
      problem.path ? [[problem.path, { ref: messageRef(`problems.${problem.code}`, problem.values), problem }]] : [],
    ),
  );
  const errorAt = (path: string) =>
    fieldError(path) ?? (live.get(path)?.problem.severity === "error" ? message(live.get(path)?.ref) : undefined);
  const warningAt = (path: string) =>
    live.get(path)?.problem.severity === "warning" ? message(live.get(path)?.ref) : undefined;
  // A clause joins the template with the status the library gives it; the OSPO may change it.
  const addClause = (clause: Clause) => list.add({ ...formClause(clause, {}), status: clause.status });

  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <p className="sr-only" aria-live="polite">
        {list.announcement}
      </p>
      <form onSubmit={onSubmit} method="post" noValidate>
        <h2 className="mb-2 text-2xl font-bold">{t("chosenHeading")}</h2>
        {fields.length === 0 ? <p className="text-muted mb-6">{t("chosenNone")}</p> : null}
        <ol className="mb-6 space-y-8">
          {fields.map((field, index) => {
            const entry = watched[index] ?? (field as unknown as TemplateFormClause);
            return (
              <li key={field.id} className="border-line border-l-4 pl-4">
                <TemplateClauseItem
                  index={index}
                  count={fields.length}
                  entry={entry}
                  clause={definitionOf(entry)}
                  title={titleOf(entry)}
                  uiLocale={uiLocale}
                  documentsLocale={documentsLocale}
                  missingMessage={message(fieldError(`clauses.${index}.key`) ?? live.get(`clauses.${index}.key`)?.ref)}
                  errorAt={errorAt}
                  warningAt={warningAt}
                  register={(path) => form.register(path as `clauses.${number}.values.${string}`)}
                  onMove={list.moveItem}
                  onRemove={list.removeAt}
                />
              </li>
            );
          })}
        </ol>
        {list.removedName ? (
          <p className="mb-6">
            <Button variant="secondary" onClick={list.undo}>
              {t("undoRemove", { title: list.removedName })}
            </Button>
          </p>
        ) : null}
        <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
      </form>
      <ClauseLibraryBrowser
        library={library}
        chosenKeys={new Set(watched.map((entry) => entry.key))}
        locale={uiLocale}
        onAdd={addClause}
        words={{ add: t("add"), alreadyChosen: t("alreadyChosen") }}
      />
    </>
  );
}
