"use client";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useFieldArray } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ListItemControls } from "@/components/forms/list-item-controls";
import { SubmitButton } from "@/components/forms/submit-button";
import { useEditableList } from "@/components/forms/use-editable-list";
import { useMessage } from "@/components/forms/use-message";
import { Button } from "@/components/ui/button";
import { Markdown } from "@/components/ui/markdown";
import { chosenClauseProblems, chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import type { Clause, TenderProfile } from "@/lib/domain/clauses/clause-model";
import { availableClauseUpdate, carryOverParameterValues } from "@/lib/domain/clauses/clause-updates";
import { recommendedClauses } from "@/lib/domain/clauses/recommend-clauses";
import { renderClause } from "@/lib/domain/clauses/render-clause";
import type { Locale } from "@/lib/i18n/config";
import { messageRef } from "@/lib/i18n/message-ref";
import { clausesSchemaFor } from "@/lib/schemas/tender-clauses";
import { useSectionForm } from "../use-section-form";
import { saveClausesAction } from "./actions";
import { ClauseGuidance } from "./clause-guidance";
import { ClauseLibraryBrowser } from "./clause-library-browser";
import { ClauseParameterField } from "./clause-parameter-field";
import { ClauseUpdateNotice } from "./clause-update-notice";
import { formClause, type FormClause } from "./form-values";

const LIST_ID = "chosen-clauses";
const ADD_ALL_ID = "add-all-proposed";
const headingId = (index: number) => `chosen-clause-${index}`;

/**
 * The clauses section: the clauses proposed for this tender, the chosen ones (parameters, rendered
 * text in the documents' language, updates), and the library to browse. Parameters are checked as
 * they are typed, with the same rules the server applies.
 */
export function ClausesForm({
  tenderId,
  version,
  initialClauses,
  definitions,
  library,
  profile,
  uiLocale,
  documentsLocale,
}: {
  tenderId: string;
  version: number;
  initialClauses: FormClause[];
  /** Every definition the page may need, by key@version: the chosen versions and the library's current ones. */
  definitions: Record<string, Clause>;
  /** The library at its current versions, in document order. */
  library: Clause[];
  profile: TenderProfile;
  uiLocale: Locale;
  documentsLocale: Locale;
}) {
  const t = useTranslations("tenders.clauses");
  const tLibrary = useTranslations("clauseLibrary");
  const message = useMessage();
  const definitionMap = useMemo(() => new Map(Object.entries(definitions)), [definitions]);
  const schema = useMemo(() => clausesSchemaFor(definitionMap), [definitionMap]);
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useSectionForm({
    schema,
    action: saveClausesAction,
    values: { tenderId, version, clauses: initialClauses },
  });
  const { fields, append, insert, remove, move, update } = useFieldArray({ control: form.control, name: "clauses" });
  const watched = (form.watch("clauses") ?? []) as FormClause[];
  const definitionOf = (entry: { key: string; version: number }) =>
    definitionMap.get(chosenVersionKey(entry.key, entry.version));
  const titleOf = (entry: { key: string; version: number }) =>
    definitionOf(entry)?.content[uiLocale].title ?? entry.key;

  const list = useEditableList<FormClause>({
    listId: LIST_ID,
    items: watched,
    nameOf: (item) => titleOf(item),
    firstFieldId: headingId,
    headingId,
    addButtonId: ADD_ALL_ID,
    append,
    insert,
    remove,
    move,
  });

  // Live advice as the drafter types; the summary and the fields show errors after a save attempt.
  const live = new Map(
    chosenClauseProblems(watched, definitionMap).flatMap((problem) =>
      problem.path ? [[problem.path, { ref: messageRef(`problems.${problem.code}`, problem.values), problem }]] : [],
    ),
  );
  const errorAt = (path: string) =>
    fieldError(path) ?? (live.get(path)?.problem.severity === "error" ? message(live.get(path)?.ref) : undefined);
  const warningAt = (path: string) =>
    live.get(path)?.problem.severity === "warning" ? message(live.get(path)?.ref) : undefined;

  const chosenKeys = new Set(watched.map((entry) => entry.key));
  const proposed = recommendedClauses(library, profile).filter((clause) => !chosenKeys.has(clause.key));
  const addClause = (clause: Clause) => list.add(formClause(clause, {}));

  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <p className="sr-only" aria-live="polite">
        {list.announcement}
      </p>

      <section aria-labelledby="proposed-heading" className="mb-10">
        <h2 id="proposed-heading" className="mb-2 text-2xl font-bold">
          {t("proposedHeading")}
        </h2>
        {proposed.length === 0 ? (
          <p className="text-muted">{t("proposedNone")}</p>
        ) : (
          <>
            <p className="mb-3">{t("proposedIntro")}</p>
            <ul className="mb-4 space-y-2">
              {proposed.map((clause) => (
                <li key={clause.key} className="flex flex-wrap items-center gap-3">
                  <Button variant="secondary" onClick={() => addClause(clause)}>
                    {t("add")}
                    <span className="sr-only"> {clause.content[uiLocale].title}</span>
                  </Button>
                  <span>
                    {clause.content[uiLocale].title}
                    {clause.status === "MANDATORY" ? (
                      <strong className="ml-2 rounded bg-amber-100 px-2 text-sm">{tLibrary("status.MANDATORY")}</strong>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        <Button
          id={ADD_ALL_ID}
          variant="secondary"
          disabled={proposed.length === 0}
          onClick={() => proposed.forEach(addClause)}
        >
          {t("addAllProposed")}
        </Button>
      </section>

      <form onSubmit={onSubmit} method="post" noValidate>
        <h2 className="mb-2 text-2xl font-bold">{t("chosenHeading")}</h2>
        {fields.length === 0 ? <p className="text-muted mb-6">{t("chosenNone")}</p> : null}
        <ol className="mb-6 space-y-8">
          {fields.map((field, index) => {
            const entry = watched[index] ?? (field as unknown as FormClause);
            const clause = definitionOf(entry);
            const title = titleOf(entry);
            const latest = library.find((candidate) => candidate.key === entry.key);
            const newer = clause ? availableClauseUpdate(entry, latest ? [latest] : []) : undefined;
            const rendered = clause ? renderClause(clause, entry.values, documentsLocale) : null;
            return (
              <li key={field.id} className="border-line border-l-4 pl-4">
                <h3 id={headingId(index)} tabIndex={-1} className="text-xl font-bold">
                  {title}
                </h3>
                {!clause ? (
                  <p className="text-danger font-bold">
                    {message(fieldError(`clauses.${index}.key`) ?? live.get(`clauses.${index}.key`)?.ref)}
                  </p>
                ) : (
                  <>
                    <p className="text-muted mb-3">
                      {t("meta", {
                        category: tLibrary(`category.${clause.category}`),
                        status: tLibrary(`status.${clause.status}`),
                        version: clause.version,
                      })}
                    </p>
                    {newer ? (
                      <ClauseUpdateNotice
                        current={clause}
                        newer={newer}
                        locale={uiLocale}
                        clauseTitle={title}
                        onAccept={() =>
                          update(index, formClause(newer, carryOverParameterValues(newer, entry.values).values))
                        }
                      />
                    ) : null}
                    {clause.parameters.length > 0 ? (
                      <fieldset className="mb-4">
                        <legend className="sr-only">{t("parametersOf", { title })}</legend>
                        {clause.parameters.map((parameter) => {
                          const path = `clauses.${index}.values.${parameter.name}`;
                          return (
                            <ClauseParameterField
                              key={parameter.name}
                              name={path}
                              parameter={parameter}
                              content={clause.content[uiLocale]}
                              locale={uiLocale}
                              error={errorAt(path)}
                              warning={warningAt(path)}
                              registration={form.register(path as `clauses.${number}.values.${string}`)}
                            />
                          );
                        })}
                      </fieldset>
                    ) : null}
                    {rendered ? (
                      <div className="bg-surface mb-4 rounded p-4">
                        <h4 className="mb-2 font-semibold">{t("renderedHeading")}</h4>
                        <div lang={documentsLocale} data-testid={`rendered-${entry.key}`}>
                          <Markdown>{rendered.body}</Markdown>
                        </div>
                      </div>
                    ) : null}
                    <details className="mb-4">
                      <summary className="cursor-pointer font-semibold">{t("guidance")}</summary>
                      <ClauseGuidance clause={clause} locale={uiLocale} />
                    </details>
                  </>
                )}
                <ListItemControls
                  listId={LIST_ID}
                  index={index}
                  count={fields.length}
                  itemName={title}
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

      <ClauseLibraryBrowser library={library} chosenKeys={chosenKeys} locale={uiLocale} onAdd={addClause} />
    </>
  );
}
