import type { TenderListQuery } from "@/lib/schemas/tender-list";

/** The list's address for a query, leaving out defaults so that links stay short. */
export function tenderListHref(query: TenderListQuery, changes: Partial<TenderListQuery> = {}): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  if (merged.status) params.set("status", merged.status);
  if (merged.procedure) params.set("procedure", merged.procedure);
  if (merged.sort !== "updated") params.set("sort", merged.sort);
  if (merged.page > 1) params.set("page", String(merged.page));
  const search = params.toString();
  return search ? `/tenders?${search}` : "/tenders";
}
