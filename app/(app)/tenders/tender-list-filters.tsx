import { getTranslations } from "next-intl/server";
import { PROCEDURE_TYPES, TENDER_STATUSES } from "@/lib/domain/tender/tender-enums";
import { TENDER_SORTS, type TenderListQuery } from "@/lib/schemas/tender-list";

const selectClass = "min-h-11 rounded border-2 border-ink bg-white px-2";

/** A plain GET form: the search works without JavaScript and every result page has its own address. */
export async function TenderListFilters({ query }: { query: TenderListQuery }) {
  const [t, tStatus, tProcedure] = await Promise.all([
    getTranslations("tenders.list"),
    getTranslations("tenders.status"),
    getTranslations("tenders.procedure"),
  ]);
  return (
    <form
      method="get"
      action="/tenders"
      role="search"
      aria-label={t("searchLabel")}
      className="bg-surface mb-6 flex flex-wrap items-end gap-4 rounded p-4"
    >
      <div>
        <label htmlFor="tender-search" className="mb-1 block font-semibold">
          {t("search")}
        </label>
        <p id="tender-search-hint" className="text-muted mb-1 text-sm">
          {t("searchHint")}
        </p>
        <input
          id="tender-search"
          name="q"
          type="search"
          defaultValue={query.q}
          aria-describedby="tender-search-hint"
          className="min-h-11 w-72 rounded border-2 border-ink px-3"
        />
      </div>
      <div>
        <label htmlFor="tender-status" className="mb-1 block font-semibold">
          {t("statusFilter")}
        </label>
        <select id="tender-status" name="status" defaultValue={query.status ?? ""} className={selectClass}>
          <option value="">{t("any")}</option>
          {TENDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {tStatus(status)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="tender-procedure" className="mb-1 block font-semibold">
          {t("procedureFilter")}
        </label>
        <select id="tender-procedure" name="procedure" defaultValue={query.procedure ?? ""} className={selectClass}>
          <option value="">{t("any")}</option>
          {PROCEDURE_TYPES.map((procedure) => (
            <option key={procedure} value={procedure}>
              {tProcedure(`${procedure}.name`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="tender-sort" className="mb-1 block font-semibold">
          {t("sort")}
        </label>
        <select id="tender-sort" name="sort" defaultValue={query.sort} className={selectClass}>
          {TENDER_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sorts.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="bg-brand min-h-11 rounded px-4 font-semibold text-white">
        {t("apply")}
      </button>
    </form>
  );
}
