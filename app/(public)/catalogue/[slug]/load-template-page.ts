import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import { renderClause, type RenderedClause } from "@/lib/domain/clauses/render-clause";
import type { ClauseCategory, ClauseStatus } from "@/lib/domain/clauses/clause-model";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { getCatalogueTemplate, type CatalogueTemplate } from "@/lib/server/catalogue/get-catalogue-template";
import { getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import { getDb } from "@/lib/server/db";

export type TemplateClauseView = {
  key: string;
  version: number;
  status: ClauseStatus;
  category: ClauseCategory | null;
  /** Null when this instance's library does not hold that version (an imported template, say). */
  rendered: RenderedClause | null;
};

export type TemplatePage = { template: CatalogueTemplate; clauses: TemplateClauseView[]; contentLocale: Locale };

/**
 * A template's page data: the version shown and its clauses rendered with the template's default
 * parameters in the template's language. Not found for anything that is not a published template
 * (or version). Cached per request: the metadata and the page read the same.
 */
export const loadTemplatePage = cache(async (slug: string, number?: number): Promise<TemplatePage> => {
  const db = getDb();
  const template = await getCatalogueTemplate(db, slug, number);
  if (!template) notFound();
  const contentLocale: Locale = isLocale(template.language) ? template.language : "en";
  const chosen = template.version.content.clauses;
  const definitions = await getChosenClauseVersions(db, chosen);
  const clauses = chosen.map((entry) => {
    const definition = definitions.get(chosenVersionKey(entry.key, entry.version));
    return {
      key: entry.key,
      version: entry.version,
      status: entry.status,
      category: definition?.category ?? null,
      rendered: definition ? renderClause(definition, entry.values, contentLocale) : null,
    };
  });
  return { template, clauses, contentLocale };
});

/** The version number in a URL segment, or not found. */
export function versionNumberParam(value: string): number {
  if (!/^[1-9]\d{0,5}$/.test(value)) notFound();
  return Number(value);
}
