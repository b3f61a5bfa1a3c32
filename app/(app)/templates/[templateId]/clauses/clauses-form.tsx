"use client";
import { useTranslations } from "next-intl";
import { ChosenClausesForm } from "@/components/clauses/chosen-clauses-form";
import { ClauseLibraryBrowser } from "@/components/clauses/clause-library-browser";
import { formClause } from "@/components/clauses/form-values";
import { useChosenClauses, useClauseDefinitions } from "@/components/clauses/use-chosen-clauses";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import type { Locale } from "@/lib/i18n/config";
import { templateClausesSchemaFor } from "@/lib/schemas/template-sections";
import { saveTemplateClausesAction } from "../section-actions";
import { useTemplateForm } from "../use-template-form";
import {
  TEMPLATE_CLAUSES_LIST_ID,
  TemplateClauseItem,
  templateClauseHeadingId,
  type TemplateFormClause,
} from "./clause-item";

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
  const { definitionMap, schema } = useClauseDefinitions(definitions, templateClausesSchemaFor);
  const section = useTemplateForm({
    schema,
    action: saveTemplateClausesAction,
    values: { templateId, version, clauses: initialClauses },
  });
  const chosen = useChosenClauses<TemplateFormClause>({
    state: section,
    definitionMap,
    uiLocale,
    documentsLocale,
    listId: TEMPLATE_CLAUSES_LIST_ID,
    headingId: templateClauseHeadingId,
    addButtonId: "library-heading",
  });
  // A clause joins the template with the status the library gives it; the OSPO may change it.
  const addClause = (clause: Clause) => chosen.list.add({ ...formClause(clause, {}), status: clause.status });

  return (
    <>
      <ChosenClausesForm state={section} chosen={chosen} messages="templates.clauses">
        {(entry, index) => (
          <TemplateClauseItem index={index} entry={entry} list={chosen.context} onRemove={chosen.list.removeAt} />
        )}
      </ChosenClausesForm>
      <ClauseLibraryBrowser
        library={library}
        chosenKeys={chosen.chosenKeys}
        locale={uiLocale}
        onAdd={addClause}
        words={{ add: t("add"), alreadyChosen: t("alreadyChosen") }}
      />
    </>
  );
}
