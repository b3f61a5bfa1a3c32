import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { TableHead } from "@/components/ui/table-head";
import { can } from "@/lib/domain/permissions";
import { tenderListQuerySchema } from "@/lib/schemas/tender-list";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { listTenders } from "@/lib/server/tenders/list-tenders";
import { TenderListFilters } from "./tender-list-filters";
import { TenderListPagination } from "./tender-list-pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.list");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TendersPage({ searchParams }: Props) {
  const viewer = await requireViewer("tender.view");
  const query = tenderListQuerySchema.parse(await searchParams);
  const [t, tStatus, tProcedure, format, { items, total, pageCount }] = await Promise.all([
    getTranslations("tenders.list"),
    getTranslations("tenders.status"),
    getTranslations("tenders.procedure"),
    getFormatter(),
    listTenders(getDb(), viewer, query),
  ]);
  const filtered = Boolean(query.q || query.status || query.procedure);

  return (
    <>
      <PageHeading title={t("title")} caption={viewer.organisation.name} lead={t("lead")} />
      {can(viewer.roles, "tender.draft") ? (
        <Link
          href="/tenders/new"
          className="bg-brand mb-8 inline-block rounded px-5 py-3 font-semibold text-white no-underline hover:bg-brand-dark"
        >
          {t("create")}
        </Link>
      ) : null}
      <TenderListFilters query={query} />
      <p role="status" className="mb-4">
        {t("count", { count: total })}
      </p>
      {items.length === 0 ? (
        <EmptyState
          title={filtered ? t("noMatchTitle") : t("emptyTitle")}
          body={filtered ? t("noMatchBody") : t("emptyBody")}
        />
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <TableHead
            columns={[
              t("columns.reference"),
              t("columns.title"),
              t("columns.procedure"),
              t("columns.status"),
              t("columns.updated"),
            ]}
          />
          <tbody>
            {items.map((tender) => (
              <tr key={tender.id} className="border-b border-line align-top">
                <td className="py-3 pr-4 whitespace-nowrap">{tender.reference}</td>
                <td className="py-3 pr-4">
                  <Link href={`/tenders/${tender.id}`}>{tender.title}</Link>
                </td>
                <td className="py-3 pr-4">
                  {tender.procedureType ? tProcedure(`${tender.procedureType}.name`) : t("notChosen")}
                </td>
                <td className="py-3 pr-4">{tStatus(tender.status)}</td>
                <td className="py-3">{format.dateTime(tender.updatedAt, { dateStyle: "medium" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <TenderListPagination query={query} pageCount={pageCount} />
    </>
  );
}
