import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { catalogueHref } from "@/lib/schemas/catalogue-href";
import { catalogueQuerySchema, type CatalogueQuery } from "@/lib/schemas/catalogue-query";
import { getCatalogueFacets } from "@/lib/server/catalogue/catalogue-facets";
import { searchCatalogue } from "@/lib/server/catalogue/search-catalogue";
import { getDb } from "@/lib/server/db";
import { publicUrl } from "@/lib/server/public-url";
import { CataloguePagination } from "./catalogue-pagination";
import { CatalogueResultItem } from "./catalogue-result-item";
import { CatalogueSearchForm } from "./catalogue-search-form";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function isFiltered(query: CatalogueQuery): boolean {
  return Boolean(
    query.q ||
    query.category ||
    query.cpv ||
    query.procedure ||
    query.language ||
    query.publisher ||
    query.country ||
    query.deprecated,
  );
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [t, query] = await Promise.all([
    getTranslations("catalogue"),
    searchParams.then((params) => catalogueQuerySchema.parse(params)),
  ]);
  const url = await publicUrl(catalogueHref(query));
  return {
    title: t("title"),
    description: t("lead"),
    alternates: { canonical: url },
    // Result pages of a search are for people; search engines index the list and the templates.
    robots: isFiltered(query) ? { index: false, follow: true } : undefined,
    openGraph: { type: "website", title: t("title"), description: t("lead"), url },
  };
}

/** The public catalogue of tender templates: no sign-in, server-rendered, usable without JavaScript. */
export default async function CataloguePage({ searchParams }: Props) {
  const query = catalogueQuerySchema.parse(await searchParams);
  const db = getDb();
  const [t, facets, { items, total, pageCount }] = await Promise.all([
    getTranslations("catalogue"),
    getCatalogueFacets(db),
    searchCatalogue(db, query),
  ]);
  const filtered = isFiltered(query);
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <CatalogueSearchForm query={query} facets={facets} />
      {query.cpv && !query.cpvPrefix ? (
        <Notice tone="danger" title={t("list.cpvInvalidTitle")}>
          <p>{t("list.cpvInvalidBody", { cpv: query.cpv })}</p>
        </Notice>
      ) : null}
      <p role="status" className="mb-2 text-lg font-semibold">
        {query.q ? t("list.countFor", { count: total, q: query.q }) : t("list.count", { count: total })}
      </p>
      {items.length === 0 ? (
        <EmptyState
          title={filtered ? t("list.noMatchTitle") : t("emptyTitle")}
          body={filtered ? t("list.noMatchBody") : t("emptyBody")}
        />
      ) : (
        <ol className="border-t border-line" aria-label={t("list.results")}>
          {items.map((item) => (
            <CatalogueResultItem key={item.id} item={item} />
          ))}
        </ol>
      )}
      <CataloguePagination query={query} pageCount={pageCount} />
    </>
  );
}
