import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { catalogueHref } from "@/lib/schemas/catalogue-href";
import type { CatalogueQuery } from "@/lib/schemas/catalogue-query";

export async function CataloguePagination({ query, pageCount }: { query: CatalogueQuery; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("catalogue.list");
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap items-center gap-6">
      {query.page > 1 ? (
        <Link href={catalogueHref(query, { page: Math.min(query.page - 1, pageCount) })} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <p>{t("pageOf", { page: query.page, pageCount })}</p>
      {query.page < pageCount ? (
        <Link href={catalogueHref(query, { page: query.page + 1 })} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
