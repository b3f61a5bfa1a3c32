import type { CatalogueQuery } from "./catalogue-query";

type HrefQuery = Omit<CatalogueQuery, "cpvPrefix">;

/**
 * The catalogue's address for a query, leaving out defaults so that links stay short and can be
 * shared: the sort is kept only when it differs from the default for the query.
 */
export function catalogueHref(query: HrefQuery, changes: Partial<HrefQuery> = {}): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  for (const key of ["category", "cpv", "procedure", "language", "publisher", "country"] as const) {
    const value = merged[key];
    if (value) params.set(key, value);
  }
  if (merged.deprecated) params.set("deprecated", "1");
  const defaultSort = merged.q ? "relevance" : "newest";
  if (merged.sort !== defaultSort) params.set("sort", merged.sort);
  if (merged.page > 1) params.set("page", String(merged.page));
  const search = params.toString();
  return search ? `/catalogue?${search}` : "/catalogue";
}
