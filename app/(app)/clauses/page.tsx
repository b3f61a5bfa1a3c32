import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClauseFilterFields } from "@/components/clauses/clause-filter-fields";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { TableHead } from "@/components/ui/table-head";
import { can } from "@/lib/domain/permissions";
import { filterLibrary, readLibraryFilter } from "@/lib/domain/clauses/filter-library";
import { isLocale } from "@/lib/i18n/config";
import { requireViewer } from "@/lib/server/auth/viewer";
import { listLibraryClauses } from "@/lib/server/clauses/clause-library";
import { getDb } from "@/lib/server/db";
import { RetiredBadge } from "./retired-badge";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("clauses.list");
  return { title: t("title") };
}

export default async function ClauseLibraryPage({ searchParams }: Props) {
  const viewer = await requireViewer("organisation.view");
  const [t, tLibrary, locale, clauses] = await Promise.all([
    getTranslations("clauses.list"),
    getTranslations("clauseLibrary"),
    getLocale(),
    listLibraryClauses(getDb(), { includeRetired: true }),
  ]);
  const language = isLocale(locale) ? locale : "en";
  const filter = readLibraryFilter(await searchParams);
  const found = filterLibrary(
    clauses.map((entry) => ({ ...entry, retired: entry.retiredAt !== null })),
    filter,
    language,
  );
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      {can(viewer.roles, "clause.manage") ? (
        <Link
          href="/clauses/new"
          className="bg-brand mb-8 inline-block rounded px-5 py-3 font-semibold text-white no-underline hover:bg-brand-dark"
        >
          {t("create")}
        </Link>
      ) : null}
      <search aria-labelledby="clause-filters-heading" className="mb-8">
        <h2 id="clause-filters-heading" className="sr-only">
          {t("filters")}
        </h2>
        <form method="get" action="/clauses" className="flex flex-wrap items-end gap-4">
          <ClauseFilterFields
            idPrefix="clause"
            labels={{
              search: t("search"),
              searchHint: t("searchHint"),
              category: t("category"),
              anyCategory: t("anyCategory"),
              status: t("status"),
              anyStatus: t("anyStatus"),
            }}
            values={{ q: filter.q, category: filter.category ?? "", status: filter.status ?? "" }}
          />
          <button type="submit" className="min-h-11 rounded bg-brand px-4 py-2 font-semibold text-white">
            {t("apply")}
          </button>
        </form>
      </search>
      <p role="status" className="mb-4 font-semibold">
        {t("count", { count: found.length })}
      </p>
      {found.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <TableHead columns={[t("columns.title"), t("columns.category"), t("columns.status"), t("columns.version")]} />
          <tbody>
            {found.map(({ key, clause, retired }) => (
              <tr key={key} className="border-b border-line align-top">
                <td className="py-3 pr-4">
                  <Link href={`/clauses/${key}?lang=${language}`}>{clause.content[language].title}</Link>
                  <span className="text-muted block font-mono text-sm">{key}</span>
                </td>
                <td className="py-3 pr-4">{tLibrary(`category.${clause.category}`)}</td>
                <td className="py-3 pr-4">
                  {tLibrary(`status.${clause.status}`)}
                  {retired ? <RetiredBadge /> : null}
                </td>
                <td className="py-3">{clause.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
