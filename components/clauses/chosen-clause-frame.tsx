"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ListItemControls } from "@/components/forms/list-item-controls";
import { Markdown } from "@/components/ui/markdown";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { renderClause } from "@/lib/domain/clauses/render-clause";
import { ClauseGuidance } from "./clause-guidance";
import { ClauseParameterField } from "./clause-parameter-field";
import type { FormClause } from "./form-values";
import type { ChosenClauseContext } from "./use-chosen-clauses";

/**
 * One chosen clause of a list: its heading (where the focus goes after a move), then, while the
 * library has the version chosen, what the list says about it (`children`: its status, a newer
 * version) followed by its parameters, its text as the tender documents will read it and the
 * library's guidance; and the list buttons. `after` follows the buttons (a question before removal).
 */
export function ChosenClauseFrame({
  index,
  entry,
  list,
  parametersLegend,
  onRemove,
  after,
  children,
}: {
  index: number;
  entry: FormClause;
  list: ChosenClauseContext;
  /** The parameters' legend: said to screen readers only, or shown (a template's defaults). */
  parametersLegend: { text: string; visible: boolean };
  onRemove: (index: number) => void;
  after?: ReactNode;
  children: (clause: Clause) => ReactNode;
}) {
  const t = useTranslations("tenders.clauses");
  const clause = list.definitionOf(entry);
  const title = list.titleOf(entry);
  const rendered = clause ? renderClause(clause, entry.values, list.documentsLocale) : null;
  return (
    <>
      <h3 id={list.headingId(index)} tabIndex={-1} className="text-xl font-bold">
        {title}
      </h3>
      {!clause ? (
        <p className="text-danger font-bold">{list.missingMessage(index)}</p>
      ) : (
        <>
          {children(clause)}
          {clause.parameters.length > 0 ? (
            <fieldset className="mb-4">
              <legend className={parametersLegend.visible ? "mb-2 font-semibold" : "sr-only"}>
                {parametersLegend.text}
              </legend>
              {clause.parameters.map((parameter) => {
                const path = `clauses.${index}.values.${parameter.name}`;
                return (
                  <ClauseParameterField
                    key={parameter.name}
                    name={path}
                    parameter={parameter}
                    content={clause.content[list.uiLocale]}
                    locale={list.uiLocale}
                    error={list.errorAt(path)}
                    warning={list.warningAt(path)}
                    registration={list.register(path)}
                  />
                );
              })}
            </fieldset>
          ) : null}
          {rendered ? (
            <div className="bg-surface mb-4 rounded p-4">
              <h4 className="mb-2 font-semibold">{t("renderedHeading")}</h4>
              <div lang={list.documentsLocale} data-testid={`rendered-${entry.key}`}>
                <Markdown>{rendered.body}</Markdown>
              </div>
            </div>
          ) : null}
          <details className="mb-4">
            <summary className="cursor-pointer font-semibold">{t("guidance")}</summary>
            <ClauseGuidance clause={clause} locale={list.uiLocale} />
          </details>
        </>
      )}
      <ListItemControls
        listId={list.listId}
        index={index}
        count={list.count}
        itemName={title}
        onMove={list.onMove}
        onRemove={onRemove}
      />
      {after}
    </>
  );
}
