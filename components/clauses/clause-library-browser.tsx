"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ClauseFilterFields, type ClauseFilterValues } from "@/components/clauses/clause-filter-fields";
import type { Clause, ClauseCategory } from "@/lib/domain/clauses/clause-model";
import { filterLibrary } from "@/lib/domain/clauses/filter-library";
import type { Locale } from "@/lib/i18n/config";
import { ClauseGuidance } from "./clause-guidance";

/**
 * The whole library, to search and filter by category, with each clause's guidance and "Add".
 * The template builder uses it too, with its own words for adding ("Add to this template").
 */
export function ClauseLibraryBrowser({
  library,
  chosenKeys,
  locale,
  onAdd,
  words,
}: {
  library: Clause[];
  chosenKeys: ReadonlySet<string>;
  locale: Locale;
  onAdd: (clause: Clause) => void;
  words?: { add: string; alreadyChosen: string };
}) {
  const t = useTranslations("tenders.clauses.browse");
  const tLibrary = useTranslations("clauseLibrary");
  const [filter, setFilter] = useState<ClauseFilterValues>({ q: "", category: "", status: "" });
  // The library page's rule, so the same words find the same clauses (accents ignored).
  const shown = filterLibrary(
    library.map((clause) => ({ clause, retired: false })),
    { q: filter.q, category: (filter.category || null) as ClauseCategory | null, status: null },
    locale,
  ).map(({ clause }) => clause);
  return (
    <section aria-labelledby="library-heading" className="mt-12">
      <h2 id="library-heading" className="mb-2 text-2xl font-bold">
        {t("heading")}
      </h2>
      <div className="mb-4 flex flex-wrap items-end gap-6">
        <ClauseFilterFields
          idPrefix="library"
          labels={{ search: t("search"), category: t("category"), anyCategory: t("allCategories") }}
          values={filter}
          onChange={setFilter}
        />
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
              <p className="mt-2">{words?.alreadyChosen ?? t("alreadyChosen")}</p>
            ) : (
              <Button className="mt-2" variant="secondary" onClick={() => onAdd(clause)}>
                {words?.add ?? t("add")}
                <span className="sr-only"> {clause.content[locale].title}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
