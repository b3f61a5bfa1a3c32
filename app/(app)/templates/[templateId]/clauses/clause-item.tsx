"use client";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ListItemControls } from "@/components/forms/list-item-controls";
import { RadioGroup } from "@/components/forms/radio-group";
import { Markdown } from "@/components/ui/markdown";
import { CLAUSE_STATUSES, type Clause, type ClauseStatus } from "@/lib/domain/clauses/clause-model";
import { renderClause } from "@/lib/domain/clauses/render-clause";
import type { Locale } from "@/lib/i18n/config";
import { ClauseGuidance } from "@/app/(app)/tenders/[tenderId]/clauses/clause-guidance";
import { ClauseParameterField } from "@/app/(app)/tenders/[tenderId]/clauses/clause-parameter-field";
import type { FormClause } from "@/app/(app)/tenders/[tenderId]/clauses/form-values";

export type TemplateFormClause = FormClause & { status: ClauseStatus };

export const TEMPLATE_CLAUSES_LIST_ID = "template-clauses";
export const templateClauseHeadingId = (index: number) => `template-clause-${index}`;

/**
 * One clause of the template: its status here (what a tender started from the template may do
 * with it), its default parameters, its text as tenders will read it, the library's guidance,
 * and the list buttons.
 */
export function TemplateClauseItem({
  index,
  count,
  entry,
  clause,
  title,
  uiLocale,
  documentsLocale,
  missingMessage,
  errorAt,
  warningAt,
  register,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  entry: TemplateFormClause;
  clause: Clause | undefined;
  title: string;
  uiLocale: Locale;
  documentsLocale: Locale;
  missingMessage: string | undefined;
  errorAt: (path: string) => string | undefined;
  warningAt: (path: string) => string | undefined;
  register: (path: string) => UseFormRegisterReturn;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const t = useTranslations("templates.clauses");
  const tTender = useTranslations("tenders.clauses");
  const tLibrary = useTranslations("clauseLibrary");
  const rendered = clause ? renderClause(clause, entry.values, documentsLocale) : null;
  const statusPath = `clauses.${index}.status`;
  return (
    <>
      <h3 id={templateClauseHeadingId(index)} tabIndex={-1} className="text-xl font-bold">
        {title}
      </h3>
      {!clause ? (
        <p className="text-danger font-bold">{missingMessage}</p>
      ) : (
        <>
          <p className="text-muted mb-3">
            {t("meta", { category: tLibrary(`category.${clause.category}`), version: clause.version })}
          </p>
          <RadioGroup
            name={statusPath}
            legend={t("statusLegend", { title })}
            error={errorAt(statusPath)}
            options={CLAUSE_STATUSES.map((status) => ({
              value: status,
              label: t(`status.${status}.label`),
              hint: t(`status.${status}.hint`),
            }))}
            registration={register(statusPath)}
          />
          {clause.parameters.length > 0 ? (
            <fieldset className="mb-4">
              <legend className="mb-2 font-semibold">{t("defaultsOf", { title })}</legend>
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
              <h4 className="mb-2 font-semibold">{tTender("renderedHeading")}</h4>
              <div lang={documentsLocale} data-testid={`rendered-${entry.key}`}>
                <Markdown>{rendered.body}</Markdown>
              </div>
            </div>
          ) : null}
          <details className="mb-4">
            <summary className="cursor-pointer font-semibold">{tTender("guidance")}</summary>
            <ClauseGuidance clause={clause} locale={uiLocale} />
          </details>
        </>
      )}
      <ListItemControls
        listId={TEMPLATE_CLAUSES_LIST_ID}
        index={index}
        count={count}
        itemName={title}
        onMove={onMove}
        onRemove={onRemove}
      />
    </>
  );
}
