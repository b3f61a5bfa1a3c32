"use client";
import { useTranslations } from "next-intl";
import { ChosenClauseFrame } from "@/components/clauses/chosen-clause-frame";
import type { FormClause } from "@/components/clauses/form-values";
import type { ChosenClauseContext } from "@/components/clauses/use-chosen-clauses";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { ClauseUpdateNotice } from "./clause-update-notice";
import { MandatoryRemovalPrompt } from "./mandatory-removal";

export const CHOSEN_LIST_ID = "chosen-clauses";
export const chosenHeadingId = (index: number) => `chosen-clause-${index}`;

/**
 * One chosen clause: the newer version the library offers, then its parameters, its text as the
 * tender documents will read it, its guidance, and the list buttons. Removing a mandatory clause
 * first asks why (`confirmingRemoval`).
 */
export function ChosenClauseItem({
  index,
  entry,
  list,
  newer,
  mandatoryInTemplate,
  confirmingRemoval,
  onAcceptUpdate,
  onRemove,
  onConfirmRemoval,
  onCancelRemoval,
}: {
  index: number;
  entry: FormClause;
  list: ChosenClauseContext;
  newer: Clause | undefined;
  /** Mandatory by the template the tender was started from (removing it needs a justification). */
  mandatoryInTemplate: boolean;
  confirmingRemoval: boolean;
  onAcceptUpdate: (newer: Clause) => void;
  onRemove: (index: number) => void;
  onConfirmRemoval: (justification: string) => void;
  onCancelRemoval: () => void;
}) {
  const t = useTranslations("tenders.clauses");
  const tLibrary = useTranslations("clauseLibrary");
  const tReuse = useTranslations("templateReuse.clauses");
  const title = list.titleOf(entry);
  return (
    <ChosenClauseFrame
      index={index}
      entry={entry}
      list={list}
      parametersLegend={{ text: t("parametersOf", { title }), visible: false }}
      onRemove={onRemove}
      after={
        confirmingRemoval ? (
          <MandatoryRemovalPrompt
            id={`remove-mandatory-${index}`}
            title={title}
            onConfirm={onConfirmRemoval}
            onCancel={onCancelRemoval}
          />
        ) : null
      }
    >
      {(clause) => (
        <>
          <p className="text-muted mb-3">
            {t("meta", {
              category: tLibrary(`category.${clause.category}`),
              status: tLibrary(`status.${clause.status}`),
              version: clause.version,
            })}
          </p>
          {mandatoryInTemplate ? <p className="mb-3 font-semibold">{tReuse("mandatoryInTemplate")}</p> : null}
          {newer ? (
            <ClauseUpdateNotice
              current={clause}
              newer={newer}
              locale={list.uiLocale}
              clauseTitle={title}
              onAccept={() => onAcceptUpdate(newer)}
            />
          ) : null}
        </>
      )}
    </ChosenClauseFrame>
  );
}
