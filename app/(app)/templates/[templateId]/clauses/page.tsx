import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { chosenFormClause, definitionsByVersion } from "@/components/clauses/form-values";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { getChosenClauseVersions, listLibraryClauses } from "@/lib/server/clauses/clause-library";
import { getDb } from "@/lib/server/db";
import { requireTemplate } from "@/lib/server/templates/require-template";
import { TemplateSectionFrame } from "../section-frame";
import { TemplateClausesForm } from "./clauses-form";

type Props = { params: Promise<{ templateId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.sections.clauses");
  return { title: t("name") };
}

export default async function TemplateClausesPage({ params }: Props) {
  const { template } = await requireTemplate((await params).templateId);
  const content = template.draft?.content;
  const [library, chosenVersions, locale] = await Promise.all([
    listLibraryClauses(getDb()),
    getChosenClauseVersions(getDb(), content?.clauses ?? []),
    getLocale(),
  ]);
  const current = library.map((entry) => entry.clause);
  const definitions = definitionsByVersion(current, chosenVersions);
  const initialClauses = (content?.clauses ?? []).map((chosen) => ({
    ...chosenFormClause(chosen, chosenVersions),
    status: chosen.status,
  }));
  return (
    <TemplateSectionFrame template={template} section="clauses">
      {content ? (
        <TemplateClausesForm
          templateId={template.id}
          version={template.version}
          initialClauses={initialClauses}
          definitions={definitions}
          library={current}
          uiLocale={isLocale(locale) ? locale : DEFAULT_LOCALE}
          documentsLocale={isLocale(template.language) ? template.language : DEFAULT_LOCALE}
        />
      ) : null}
    </TemplateSectionFrame>
  );
}
