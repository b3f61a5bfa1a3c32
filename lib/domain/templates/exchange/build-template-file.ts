import { chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { renderClause } from "@/lib/domain/clauses/render-clause";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import {
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_VERSION,
  type EmbeddedClause,
  type TemplateFile,
} from "@/lib/schemas/template-exchange";
import type { TemplateContent, TemplateOrigin } from "../template-content";

/** A published version and its template, as the exporter loads them. */
export type ExportedVersion = {
  template: {
    id: string;
    slug: string;
    language: string;
    publisher: { name: string; country: string };
    origin: TemplateOrigin | null;
  };
  version: { number: number; name: string; publishedAt: Date; changelog: string; content: TemplateContent };
  /** The template's public page on this instance, when known. */
  url?: string;
};

/**
 * The exchange file of one published version. The content goes as stored; the clauses are added
 * as text (the library's wording in the template's language, its defaults filled in), so the
 * file can be read on its own and another instance can see what each clause key meant here.
 */
export function buildTemplateFile(exported: ExportedVersion, definitions: ReadonlyMap<string, Clause>): TemplateFile {
  const { template, version } = exported;
  const language = isLocale(template.language) ? template.language : DEFAULT_LOCALE;
  const clauses = version.content.clauses.flatMap((chosen): EmbeddedClause[] => {
    const clause = definitions.get(chosenVersionKey(chosen.key, chosen.version));
    if (!clause) return [];
    const rendered = renderClause(clause, chosen.values, language);
    return [
      { key: chosen.key, version: chosen.version, status: chosen.status, title: rendered.title, text: rendered.body },
    ];
  });
  return {
    format: TEMPLATE_FILE_FORMAT,
    formatVersion: TEMPLATE_FILE_VERSION,
    template: {
      id: template.id,
      slug: template.slug,
      name: version.name,
      language,
      publisher: template.publisher,
      version: version.number,
      publishedAt: version.publishedAt.toISOString(),
      changelog: version.changelog,
      licence: version.content.licence,
      ...(exported.url ? { url: exported.url } : {}),
      ...(template.origin ? { origin: template.origin } : {}),
    },
    content: version.content,
    clauses,
  };
}

/**
 * Where an imported template came from and whom its licence asks to credit: the publisher and
 * version of the file, its address when the file gives one.
 */
export function originOf(file: TemplateFile, importedAt: Date): TemplateOrigin {
  return {
    publisher: file.template.publisher.name,
    sourceUrl: file.template.url ?? null,
    templateId: file.template.id,
    version: file.template.version,
    licence: file.template.licence,
    importedAt: importedAt.toISOString(),
  };
}
