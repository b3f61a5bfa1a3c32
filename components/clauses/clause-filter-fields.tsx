"use client";
import { useTranslations } from "next-intl";
import { CLAUSE_CATEGORIES } from "@/lib/domain/clauses/clause-model";
import { LIBRARY_STATUS_FILTERS, type LibraryStatusFilter } from "@/lib/domain/clauses/filter-library";

export type ClauseFilterValues = { q: string; category: string; status: string };

type Labels = {
  search: string;
  searchHint?: string;
  category: string;
  anyCategory: string;
  /** Given only where the status can be filtered (the library page). */
  status?: string;
  anyStatus?: string;
};

/**
 * The fields that find clauses: words, a category and, on the library page, a status. The library
 * page sends them with a plain GET form (uncontrolled: `name` and `defaultValue`, no JavaScript
 * needed); a tender's clause browser filters as the drafter types (controlled: `onChange`).
 */
export function ClauseFilterFields({
  idPrefix,
  labels,
  values,
  onChange,
}: {
  idPrefix: string;
  labels: Labels;
  values: ClauseFilterValues;
  onChange?: (values: ClauseFilterValues) => void;
}) {
  const tLibrary = useTranslations("clauseLibrary");
  const tList = useTranslations("clauses.list");
  const id = (field: string) => `${idPrefix}-${field}`;
  // Controlled when the caller follows the values, else the form posts what is typed.
  const bind = (field: keyof ClauseFilterValues) =>
    onChange
      ? {
          value: values[field],
          onChange: (event: { target: { value: string } }) => onChange({ ...values, [field]: event.target.value }),
        }
      : { name: field, defaultValue: values[field] };
  const statusLabel = (status: LibraryStatusFilter) =>
    status === "RETIRED" ? tList("retired") : tLibrary(`status.${status}`);
  return (
    <>
      <div>
        <label htmlFor={id("q")} className="mb-1 block font-semibold">
          {labels.search}
        </label>
        {labels.searchHint ? (
          <p id={id("q-hint")} className="text-muted mb-1 text-sm">
            {labels.searchHint}
          </p>
        ) : null}
        <input
          id={id("q")}
          type="search"
          aria-describedby={labels.searchHint ? id("q-hint") : undefined}
          className="min-h-11 w-72 max-w-full rounded border-2 border-ink px-3 py-2"
          {...bind("q")}
        />
      </div>
      <div>
        <label htmlFor={id("category")} className="mb-1 block font-semibold">
          {labels.category}
        </label>
        <select
          id={id("category")}
          className="min-h-11 rounded border-2 border-ink bg-white px-2"
          {...bind("category")}
        >
          <option value="">{labels.anyCategory}</option>
          {CLAUSE_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {tLibrary(`category.${category}`)}
            </option>
          ))}
        </select>
      </div>
      {labels.status ? (
        <div>
          <label htmlFor={id("status")} className="mb-1 block font-semibold">
            {labels.status}
          </label>
          <select id={id("status")} className="min-h-11 rounded border-2 border-ink bg-white px-2" {...bind("status")}>
            <option value="">{labels.anyStatus}</option>
            {LIBRARY_STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
}
