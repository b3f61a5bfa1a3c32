"use client";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ListItemControls } from "@/components/forms/list-item-controls";
import { Markdown } from "@/components/ui/markdown";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { renderClause } from "@/lib/domain/clauses/render-clause";
import type { Locale } from "@/lib/i18n/config";
import { ClauseGuidance } from "./clause-guidance";
import { ClauseParameterField } from "./clause-parameter-field";
import { ClauseUpdateNotice } from "./clause-update-notice";
import type { FormClause } from "./form-values";
import { MandatoryRemovalPrompt } from "./mandatory-removal";

export const CHOSEN_LIST_ID = "chosen-clauses";
export const chosenHeadingId = (index: number) => `chosen-clause-${index}`;

/**
 * One chosen clause: its parameters, its text as the tender documents will read it, the newer
 * version the library offers, its guidance, and the list buttons. Removing a mandatory clause
 * first asks why (`confirmingRemoval`).
 */
export function ChosenClauseItem({
  index,
  count,
  entry,
  clause,
  newer,
  title,
  mandatoryInTemplate,
  uiLocale,
  documentsLocale,
  missingMessage,
  errorAt,
  warningAt,
  register,
  confirmingRemoval,
  onAcceptUpdate,
  onMove,
  onRemove,
  onConfirmRemoval,
  onCancelRemoval,
}: {
  index: number;
  count: number;
  entry: FormClause;
  /** The version the tender holds; undefined when the library no longer has it. */
  clause: Clause | undefined;
  newer: Clause | undefined;
  title: string;
  /** Mandatory by the template the tender was started from (removing it needs a justification). */
  mandatoryInTemplate: boolean;
  uiLocale: Locale;
  documentsLocale: Locale;
  missingMessage: string | undefined;
  errorAt: (path: string) => string | undefined;
  warningAt: (path: string) => string | undefined;
  register: (path: string) => UseFormRegisterReturn;
  confirmingRemoval: boolean;
  onAcceptUpdate: (newer: Clause) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  onConfirmRemoval: (justification: string) => void;
  onCancelRemoval: () => void;
}) {
  const t = useTranslations("tenders.clauses");
  const tLibrary = useTranslations("clauseLibrary");
  const tReuse = useTranslations("templateReuse.clauses");
  const rendered = clause ? renderClause(clause, entry.values, documentsLocale) : null;
  return (
    <>
      <h3 id={chosenHeadingId(index)} tabIndex={-1} className="text-xl font-bold">
        {title}
      </h3>
      {!clause ? (
        <p className="text-danger font-bold">{missingMessage}</p>
      ) : (
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
              locale={uiLocale}
              clauseTitle={title}
              onAccept={() => onAcceptUpdate(newer)}
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
                    registration={register(path)}
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
        listId={CHOSEN_LIST_ID}
        index={index}
        count={count}
        itemName={title}
        onMove={onMove}
        onRemove={onRemove}
      />
      {confirmingRemoval ? (
        <MandatoryRemovalPrompt
          id={`remove-mandatory-${index}`}
          title={title}
          onConfirm={onConfirmRemoval}
          onCancel={onCancelRemoval}
        />
      ) : null}
    </>
  );
}
