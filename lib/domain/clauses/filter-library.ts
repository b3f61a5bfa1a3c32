import type { Locale } from "@/lib/i18n/config";
import { CLAUSE_CATEGORIES, CLAUSE_STATUSES, type Clause, type ClauseCategory } from "./clause-model";

/** The library page's status filter: a clause status, or the retired clauses. */
export const LIBRARY_STATUS_FILTERS = [...CLAUSE_STATUSES, "RETIRED"] as const;
export type LibraryStatusFilter = (typeof LIBRARY_STATUS_FILTERS)[number];

export type LibraryFilter = {
  /** Words to find in the title or body (in the reader's language) or in the key. */
  q: string;
  category: ClauseCategory | null;
  status: LibraryStatusFilter | null;
};

export type FilterableClause = { clause: Clause; retired: boolean };

/**
 * The clauses a reader of the library asked for. Every word must occur (case and accents ignored)
 * in the title, the body or the key. Retired clauses show only when asked for, since they are no
 * longer offered to tenders.
 */
export function filterLibrary<Item extends FilterableClause>(
  items: readonly Item[],
  filter: LibraryFilter,
  locale: Locale,
): Item[] {
  const words = fold(filter.q).split(/\s+/).filter(Boolean);
  return items.filter(({ clause, retired }) => {
    if (filter.status === "RETIRED" ? !retired : retired) return false;
    if (filter.status && filter.status !== "RETIRED" && clause.status !== filter.status) return false;
    if (filter.category && clause.category !== filter.category) return false;
    const content = clause.content[locale];
    const haystack = fold(`${content.title} ${content.body} ${clause.key}`);
    return words.every((word) => haystack.includes(word));
  });
}

/** Reads the filter from the page's query string; unknown values mean "any". */
export function readLibraryFilter(params: Record<string, string | string[] | undefined>): LibraryFilter {
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const category = one(params.category);
  const status = one(params.status);
  return {
    q: one(params.q).slice(0, 200),
    category: (CLAUSE_CATEGORIES as readonly string[]).includes(category) ? (category as ClauseCategory) : null,
    status: (LIBRARY_STATUS_FILTERS as readonly string[]).includes(status) ? (status as LibraryStatusFilter) : null,
  };
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}
