import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PROCEDURE_TYPES } from "@/lib/domain/tender/tender-enums";
import { TEMPLATE_CATEGORIES } from "@/lib/domain/templates/template-content";
import { CATALOGUE_SORTS, type CatalogueQuery } from "@/lib/schemas/catalogue-query";
import type { CatalogueFacets } from "@/lib/server/catalogue/catalogue-facets";
import { countryName, languageName } from "./display-names";

const fieldClass = "min-h-11 w-full rounded border-2 border-ink bg-white px-2";
const labelClass = "mb-1 block font-semibold";

/**
 * A plain GET form: searching and filtering work without JavaScript, and every result page has an
 * address that can be bookmarked and shared.
 */
export async function CatalogueSearchForm({ query, facets }: { query: CatalogueQuery; facets: CatalogueFacets }) {
  const [t, tProcedure, tCategory, locale] = await Promise.all([
    getTranslations("catalogue"),
    getTranslations("tenders.procedure"),
    getTranslations("templates.categories"),
    getLocale(),
  ]);
  const select = (name: string, label: string, value: string | undefined, options: [string, string][]) => (
    <div>
      <label htmlFor={`catalogue-${name}`} className={labelClass}>
        {label}
      </label>
      <select id={`catalogue-${name}`} name={name} defaultValue={value ?? ""} className={fieldClass}>
        <option value="">{t("search.any")}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      action="/catalogue"
      role="search"
      aria-label={t("search.label")}
      className="bg-surface mb-6 rounded p-4"
    >
      <div className="mb-4 max-w-2xl">
        <label htmlFor="catalogue-q" className={labelClass}>
          {t("search.words")}
        </label>
        <p id="catalogue-q-hint" className="text-muted mb-1 text-sm">
          {t("search.wordsHint")}
        </p>
        <div className="flex flex-wrap gap-2">
          <input
            id="catalogue-q"
            name="q"
            type="search"
            defaultValue={query.q}
            aria-describedby="catalogue-q-hint"
            className="min-h-11 flex-1 rounded border-2 border-ink px-3"
          />
          <button type="submit" className="bg-brand min-h-11 rounded px-5 font-semibold text-white">
            {t("search.submit")}
          </button>
        </div>
      </div>
      <fieldset>
        <legend className="mb-2 text-lg font-semibold">{t("search.filters")}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {select(
            "category",
            t("search.category"),
            query.category,
            TEMPLATE_CATEGORIES.map((category) => [category, tCategory(category)]),
          )}
          <div>
            <label htmlFor="catalogue-cpv" className={labelClass}>
              {t("search.cpv")}
            </label>
            <p id="catalogue-cpv-hint" className="text-muted mb-1 text-sm">
              {t("search.cpvHint")}
            </p>
            <input
              id="catalogue-cpv"
              name="cpv"
              type="text"
              inputMode="numeric"
              defaultValue={query.cpv ?? ""}
              aria-describedby="catalogue-cpv-hint"
              className={fieldClass}
            />
          </div>
          {select(
            "procedure",
            t("search.procedure"),
            query.procedure,
            PROCEDURE_TYPES.map((procedure) => [procedure, tProcedure(`${procedure}.name`)]),
          )}
          {select(
            "language",
            t("search.language"),
            query.language,
            facets.languages.map((language) => [language, languageName(language, locale)]),
          )}
          {select(
            "publisher",
            t("search.publisher"),
            query.publisher,
            facets.publishers.map((publisher) => [publisher.id, publisher.name]),
          )}
          {select(
            "country",
            t("search.country"),
            query.country,
            facets.countries.map((country) => [country, countryName(country, locale)]),
          )}
        </div>
        <div className="mt-4 flex items-center gap-3">
          <input
            id="catalogue-deprecated"
            name="deprecated"
            type="checkbox"
            value="1"
            defaultChecked={query.deprecated}
            className="h-6 w-6"
          />
          <label htmlFor="catalogue-deprecated">{t("search.deprecated")}</label>
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="catalogue-sort" className={labelClass}>
            {t("search.sort")}
          </label>
          <select id="catalogue-sort" name="sort" defaultValue={query.sort} className={fieldClass}>
            {CATALOGUE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`search.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="bg-brand min-h-11 rounded px-5 font-semibold text-white">
          {t("search.apply")}
        </button>
        <Link href="/catalogue" className="min-h-11 py-2">
          {t("search.clear")}
        </Link>
      </div>
    </form>
  );
}
