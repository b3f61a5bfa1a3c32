"use client";
import { useState } from "react";
import { ChosenClausesForm } from "@/components/clauses/chosen-clauses-form";
import { ClauseLibraryBrowser } from "@/components/clauses/clause-library-browser";
import { formClause, type FormClause } from "@/components/clauses/form-values";
import { useChosenClauses, useClauseDefinitions } from "@/components/clauses/use-chosen-clauses";
import { listItemControlId } from "@/components/forms/list-item-controls";
import type { Clause, TenderProfile } from "@/lib/domain/clauses/clause-model";
import { availableClauseUpdate, carryOverParameterValues } from "@/lib/domain/clauses/clause-updates";
import type { MandatoryClauseRemoval, RemovalJustification } from "@/lib/domain/clauses/mandatory-removals";
import type { Locale } from "@/lib/i18n/config";
import { clausesSchemaFor } from "@/lib/schemas/tender-clauses";
import { useSectionForm } from "../use-section-form";
import { saveClausesAction } from "./actions";
import { CHOSEN_LIST_ID, ChosenClauseItem, chosenHeadingId } from "./chosen-clause-item";
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
  const { definitionMap, schema } = useClauseDefinitions(definitions, clausesSchemaFor);
  const section = useSectionForm({
    schema,
    action: saveClausesAction,
    values: {
      tenderId,
      version,
      clauses: initialClauses,
      removedMandatory: recordedRemovals.map(({ key, justification }) => ({ key, justification })),
    },
  });
  const chosen = useChosenClauses<FormClause>({
    state: section,
    definitionMap,
    uiLocale,
    documentsLocale,
    listId: CHOSEN_LIST_ID,
    headingId: chosenHeadingId,
    addButtonId: ADD_ALL_ID,
  });
  const { form } = section;
  const { watched, list, chosenKeys } = chosen;
  const { definitionOf } = chosen.context;
  const removedMandatory = (form.watch("removedMandatory") ?? []) as RemovalJustification[];
  const [confirming, setConfirming] = useState<string | null>(null);
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
      <ChosenClausesForm
        state={section}
        chosen={chosen}
        messages="tenders.clauses"
        beforeForm={
          <ProposedClauses
            library={library}
            profile={profile}
            chosenKeys={chosenKeys}
            locale={uiLocale}
            onAdd={addClause}
          />
        }
      >
        {(entry, index) => {
          const latest = library.find((candidate) => candidate.key === entry.key);
          return (
            <ChosenClauseItem
              index={index}
              entry={entry}
              list={chosen.context}
              newer={definitionOf(entry) ? availableClauseUpdate(entry, latest ? [latest] : []) : undefined}
              mandatoryInTemplate={mandatoryInTemplate.has(entry.key)}
              confirmingRemoval={confirming === entry.key}
              onAcceptUpdate={(newer) =>
                chosen.update(index, formClause(newer, carryOverParameterValues(newer, entry.values).values))
              }
              onRemove={requestRemoval}
              onConfirmRemoval={(justification) => confirmRemoval(index, entry.key, justification)}
              onCancelRemoval={() => cancelRemoval(index)}
            />
          );
        }}
      </ChosenClausesForm>

      <div className="mt-10">
        <RemovedMandatoryClauses entries={removedEntries} />
      </div>

      <ClauseLibraryBrowser library={library} chosenKeys={chosenKeys} locale={uiLocale} onAdd={addClause} />
    </>
  );
}
