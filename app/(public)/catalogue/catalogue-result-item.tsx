import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CatalogueListItem } from "@/lib/server/catalogue/search-catalogue";
import { countryName, languageName } from "./display-names";

/** One template in the result list: what a visitor needs to decide whether to open it. */
export async function CatalogueResultItem({ item }: { item: CatalogueListItem }) {
  const [t, tProcedure, tCategory, format, locale] = await Promise.all([
    getTranslations("catalogue"),
    getTranslations("tenders.procedure"),
    getTranslations("templates.categories"),
    getFormatter(),
    getLocale(),
  ]);
  const headingId = `template-${item.slug}`;
  return (
    <li className="border-b border-line py-5">
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="mb-1 text-xl">
          <Link href={`/catalogue/${item.slug}`} lang={item.language}>
            {item.name}
          </Link>
        </h2>
        {item.status === "DEPRECATED" ? (
          <p className="mb-2">
            <strong className="mr-2 inline-block rounded border-2 border-ink px-2 text-sm">
              {t("list.deprecated")}
            </strong>
            {item.successor ? (
              <>
                {t("list.replacedBy")} <Link href={`/catalogue/${item.successor.slug}`}>{item.successor.name}</Link>
              </>
            ) : null}
          </p>
        ) : null}
        <p className="text-muted mb-2 text-sm">
          {t("list.meta", {
            publisher: item.publisherName,
            country: countryName(item.country, locale),
            language: languageName(item.language, locale),
            version: item.versionNumber,
            date: format.dateTime(item.publishedAt, { dateStyle: "medium" }),
          })}
        </p>
        <p lang={item.language} className="mb-2 max-w-3xl">
          {item.summary}
        </p>
        <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("list.facts")}>
          <li className="bg-surface rounded px-2 py-1">{tCategory(item.category)}</li>
          {item.procedureTypes.map((procedure) => (
            <li key={procedure} className="bg-surface rounded px-2 py-1">
              {tProcedure(`${procedure}.name`)}
            </li>
          ))}
          <li className="bg-surface rounded px-2 py-1">{t("list.usage", { count: item.usageCount })}</li>
          <li className="bg-surface rounded px-2 py-1">{item.licence}</li>
        </ul>
      </article>
    </li>
  );
}
