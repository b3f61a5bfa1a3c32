import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TenderListQuery } from "@/lib/schemas/tender-list";
import { tenderListHref } from "./tender-list-href";

export async function TenderListPagination({ query, pageCount }: { query: TenderListQuery; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("tenders.list");
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap items-center gap-6">
      {query.page > 1 ? <Link href={tenderListHref(query, { page: query.page - 1 })}>{t("previous")}</Link> : null}
      <p>{t("pageOf", { page: query.page, pageCount })}</p>
      {query.page < pageCount ? <Link href={tenderListHref(query, { page: query.page + 1 })}>{t("next")}</Link> : null}
    </nav>
  );
}
