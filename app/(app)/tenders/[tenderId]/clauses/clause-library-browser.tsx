"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CLAUSE_CATEGORIES, type Clause } from "@/lib/domain/clauses/clause-model";
import type { Locale } from "@/lib/i18n/config";
import { ClauseGuidance } from "./clause-guidance";

/** The whole library, to search and filter by category, with each clause's guidance and "Add". */
export function ClauseLibraryBrowser({
  library,
  chosenKeys,
  locale,
  onAdd,
}: {
  library: Clause[];
  chosenKeys: ReadonlySet<string>;
  locale: Locale;
  onAdd: (clause: Clause) => void;
}) {
  const t = useTranslations("tenders.clauses.browse");
  const tLibrary = useTranslations("clauseLibrary");
  const [query, setQuery] = useState("");
  const [category, setCategory] = useState("");
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = library.filter((clause) => {
    if (category && clause.category !== category) return false;
    const content = clause.content[locale];
    const haystack = `${content.title} ${content.body} ${clause.key}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  return (
    <section aria-labelledby="library-heading" className="mt-12">
      <h2 id="library-heading" className="mb-2 text-2xl font-bold">
        {t("heading")}
      </h2>
      <div className="mb-4 flex flex-wrap gap-6">
        <div>
          <label htmlFor="library-search" className="mb-1 block font-semibold">
            {t("search")}
          </label>
          <input
            id="library-search"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            className="min-h-11 rounded border-2 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="library-category" className="mb-1 block font-semibold">
            {t("category")}
          </label>
          <select
            id="library-category"
            value={category}
            onChange={(event) => setCategory(event.target.value)}
            className="min-h-11 rounded border-2 px-3 py-2"
          >
            <option value="">{t("allCategories")}</option>
            {CLAUSE_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {tLibrary(`category.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p aria-live="polite" className="text-muted mb-3">
        {t("count", { count: shown.length })}
      </p>
      <ul className="space-y-4">
        {shown.map((clause) => (
          <li key={clause.key} className="border-line border-b pb-3">
            <h3 className="font-semibold">{clause.content[locale].title}</h3>
            <p className="text-muted">
              {tLibrary(`category.${clause.category}`)} · {tLibrary(`status.${clause.status}`)}
            </p>
            <details>
              <summary className="cursor-pointer">
                {t("guidance")}
                <span className="sr-only"> {clause.content[locale].title}</span>
              </summary>
              <ClauseGuidance clause={clause} locale={locale} />
            </details>
            {chosenKeys.has(clause.key) ? (
              <p className="mt-2">{t("alreadyChosen")}</p>
            ) : (
              <Button className="mt-2" variant="secondary" onClick={() => onAdd(clause)}>
                {t("add")}
                <span className="sr-only"> {clause.content[locale].title}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
