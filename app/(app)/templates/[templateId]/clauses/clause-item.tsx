"use client";
import { useTranslations } from "next-intl";
import { ChosenClauseFrame } from "@/components/clauses/chosen-clause-frame";
import type { FormClause } from "@/components/clauses/form-values";
import type { ChosenClauseContext } from "@/components/clauses/use-chosen-clauses";
import { RadioGroup } from "@/components/forms/radio-group";
import { CLAUSE_STATUSES, type ClauseStatus } from "@/lib/domain/clauses/clause-model";

export type TemplateFormClause = FormClause & { status: ClauseStatus };

export const TEMPLATE_CLAUSES_LIST_ID = "template-clauses";
export const templateClauseHeadingId = (index: number) => `template-clause-${index}`;

/**
 * One clause of the template: its status here (what a tender started from the template may do
 * with it), then its default parameters, its text as tenders will read it, the library's
 * guidance, and the list buttons.
 */
export function TemplateClauseItem({
  index,
  entry,
  list,
  onRemove,
}: {
  index: number;
  entry: TemplateFormClause;
  list: ChosenClauseContext;
  onRemove: (index: number) => void;
}) {
  const t = useTranslations("templates.clauses");
  const tLibrary = useTranslations("clauseLibrary");
  const title = list.titleOf(entry);
  const statusPath = `clauses.${index}.status`;
  return (
    <ChosenClauseFrame
      index={index}
      entry={entry}
      list={list}
      parametersLegend={{ text: t("defaultsOf", { title }), visible: true }}
      onRemove={onRemove}
    >
      {(clause) => (
        <>
          <p className="text-muted mb-3">
            {t("meta", { category: tLibrary(`category.${clause.category}`), version: clause.version })}
          </p>
          <RadioGroup
            name={statusPath}
            legend={t("statusLegend", { title })}
            error={list.errorAt(statusPath)}
            options={CLAUSE_STATUSES.map((status) => ({
              value: status,
              label: t(`status.${status}.label`),
              hint: t(`status.${status}.hint`),
            }))}
            registration={list.register(statusPath)}
          />
        </>
      )}
    </ChosenClauseFrame>
  );
}
