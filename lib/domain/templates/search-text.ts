import { flattenCriteria } from "@/lib/domain/tender/criteria-tree";
import type { TemplateContent } from "./template-content";

/** Enough for the richest template; PostgreSQL's tsvector is limited to 1 MB and stays far below. */
export const MAX_SEARCH_TEXT_LENGTH = 200_000;

/**
 * The text the catalogue's full-text search reads for one version (TemplateVersion.searchText),
 * besides the name and summary the database indexes itself: the name again (so a search for a
 * name word also matches within the body's weight), the requirements, the titles of the clauses
 * in the template's language, the award criteria, the guidance notes and the CPV prefixes. Plain
 * text, one item per line; Markdown marks are harmless to the tokeniser. Written when a version
 * is published and by the seed, so both index the same things.
 */
export function buildTemplateSearchText(
  name: string,
  content: TemplateContent,
  clauseTitles: readonly string[],
): string {
  const criteria = flattenCriteria(content.award?.criteria ?? []).flatMap(({ criterion }) => [
    criterion.name,
    criterion.description ?? "",
  ]);
  const lines = [
    name,
    ...content.requirements.map((requirement) => `${requirement.key} ${requirement.text}`),
    ...clauseTitles,
    ...criteria,
    ...content.guidance.map((note) => note.text),
    ...content.intendedUse.cpvPrefixes,
  ];
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n")
    .slice(0, MAX_SEARCH_TEXT_LENGTH);
}
