"use client";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useFieldArray } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { listItemControlId } from "@/components/forms/list-item-controls";
import { SubmitButton } from "@/components/forms/submit-button";
import { useEditableList } from "@/components/forms/use-editable-list";
import { useMessage } from "@/components/forms/use-message";
import { Button } from "@/components/ui/button";
import { chosenClauseProblems, chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import type { Clause, TenderProfile } from "@/lib/domain/clauses/clause-model";
import { availableClauseUpdate, carryOverParameterValues } from "@/lib/domain/clauses/clause-updates";
import type { MandatoryClauseRemoval, RemovalJustification } from "@/lib/domain/clauses/mandatory-removals";
import type { Locale } from "@/lib/i18n/config";
import { messageRef } from "@/lib/i18n/message-ref";
import { clausesSchemaFor } from "@/lib/schemas/tender-clauses";
import { useSectionForm } from "../use-section-form";
import { saveClausesAction } from "./actions";
import { ClauseLibraryBrowser } from "./clause-library-browser";
import { CHOSEN_LIST_ID, ChosenClauseItem, chosenHeadingId } from "./chosen-clause-item";
import { formClause, type FormClause } from "./form-values";
import { RemovedMandatoryClauses } from "./mandatory-removal";
import { ProposedClauses, ADD_ALL_ID } from "./proposed-clauses";

/**
 * The clauses section: the clauses proposed for this tender, the chosen ones (parameters, rendered
 * text in the documents' language, updates), the mandatory ones removed and why, and the library
 * to browse. Parameters are checked as they are typed, with the same rules the server applies.
 */
export function ClausesForm({
  tenderId,
  version,
  initialClauses,
  recordedRemovals,
  templateMandatoryKeys,
  definitions,
  library,
  profile,
  uiLocale,
  documentsLocale,
}: {
  tenderId: string;
  version: number;
  initialClauses: FormClause[];
  /** The mandatory clauses removed so far, as saved with the tender. */
  recordedRemovals: MandatoryClauseRemoval[];
  /** The clauses the tender's template makes mandatory, whatever their status in the library. */
  templateMandatoryKeys: string[];
  /** Every definition the page may need, by key@version: the chosen versions and the library's current ones. */
  definitions: Record<string, Clause>;
  /** The library at its current versions, in document order. */
  library: Clause[];
  profile: TenderProfile;
  uiLocale: Locale;
  documentsLocale: Locale;
}) {
  const t = useTranslations("tenders.clauses");
  const message = useMessage();
  const definitionMap = useMemo(() => new Map(Object.entries(definitions)), [definitions]);
  const schema = useMemo(() => clausesSchemaFor(definitionMap), [definitionMap]);
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useSectionForm({
    schema,
    action: saveClausesAction,
    values: {
      tenderId,
      version,
      clauses: initialClauses,
      removedMandatory: recordedRemovals.map(({ key, justification }) => ({ key, justification })),
    },
  });
  const { fields, append, insert, remove, move, update } = useFieldArray({ control: form.control, name: "clauses" });
  const watched = (form.watch("clauses") ?? []) as FormClause[];
  const removedMandatory = (form.watch("removedMandatory") ?? []) as RemovalJustification[];
  const [confirming, setConfirming] = useState<string | null>(null);
  const definitionOf = (entry: { key: string; version: number }) =>
    definitionMap.get(chosenVersionKey(entry.key, entry.version));
  const titleOf = (entry: { key: string; version: number }) =>
    definitionOf(entry)?.content[uiLocale].title ?? entry.key;

  const list = useEditableList<FormClause>({
    listId: CHOSEN_LIST_ID,
    items: watched,
    nameOf: (item) => titleOf(item),
    firstFieldId: chosenHeadingId,
    headingId: chosenHeadingId,
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
  const addClause = (clause: Clause) => list.add(formClause(clause, {}));

  const mandatoryInTemplate = new Set(templateMandatoryKeys);
  /** A mandatory clause (by the library or the template) asks why before it goes; the others go at once. */
  function requestRemoval(index: number) {
    const entry = watched[index];
    if (entry && (definitionOf(entry)?.status === "MANDATORY" || mandatoryInTemplate.has(entry.key)))
      setConfirming(entry.key);
    else list.removeAt(index);
  }
  function confirmRemoval(index: number, key: string, justification: string) {
    form.setValue("removedMandatory", [
      ...removedMandatory.filter((removal) => removal.key !== key),
      { key, justification },
    ]);
    setConfirming(null);
    list.removeAt(index);
  }
  function cancelRemoval(index: number) {
    setConfirming(null);
    document.getElementById(listItemControlId(CHOSEN_LIST_ID, index, "remove"))?.focus();
  }

  const removedEntries = removedMandatory
    .filter((removal) => !chosenKeys.has(removal.key))
    .map((removal) => {
      const recorded = recordedRemovals.find((candidate) => candidate.key === removal.key);
      const clause = (recorded && definitionOf(recorded)) ?? library.find((candidate) => candidate.key === removal.key);
      return {
        key: removal.key,
        title: clause?.content[uiLocale].title ?? removal.key,
        justification: recorded?.justification ?? removal.justification,
        recorded,
      };
    });

  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <p className="sr-only" aria-live="polite">
        {list.announcement}
      </p>

      <ProposedClauses
        library={library}
        profile={profile}
        chosenKeys={chosenKeys}
        locale={uiLocale}
        onAdd={addClause}
      />

      <form onSubmit={onSubmit} method="post" noValidate>
        <h2 className="mb-2 text-2xl font-bold">{t("chosenHeading")}</h2>
        {fields.length === 0 ? <p className="text-muted mb-6">{t("chosenNone")}</p> : null}
        <ol className="mb-6 space-y-8">
          {fields.map((field, index) => {
            const entry = watched[index] ?? (field as unknown as FormClause);
            const clause = definitionOf(entry);
            const latest = library.find((candidate) => candidate.key === entry.key);
            return (
              <li key={field.id} className="border-line border-l-4 pl-4">
                <ChosenClauseItem
                  index={index}
                  count={fields.length}
                  entry={entry}
                  clause={clause}
                  newer={clause ? availableClauseUpdate(entry, latest ? [latest] : []) : undefined}
                  title={titleOf(entry)}
                  mandatoryInTemplate={mandatoryInTemplate.has(entry.key)}
                  uiLocale={uiLocale}
                  documentsLocale={documentsLocale}
                  missingMessage={message(fieldError(`clauses.${index}.key`) ?? live.get(`clauses.${index}.key`)?.ref)}
                  errorAt={errorAt}
                  warningAt={warningAt}
                  register={(path) => form.register(path as `clauses.${number}.values.${string}`)}
                  confirmingRemoval={confirming === entry.key}
                  onAcceptUpdate={(newer) =>
                    update(index, formClause(newer, carryOverParameterValues(newer, entry.values).values))
                  }
                  onMove={list.moveItem}
                  onRemove={requestRemoval}
                  onConfirmRemoval={(justification) => confirmRemoval(index, entry.key, justification)}
                  onCancelRemoval={() => cancelRemoval(index)}
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

      <div className="mt-10">
        <RemovedMandatoryClauses entries={removedEntries} />
      </div>

      <ClauseLibraryBrowser library={library} chosenKeys={chosenKeys} locale={uiLocale} onAdd={addClause} />
    </>
  );
}
