import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { TableHead } from "@/components/ui/table-head";
import { revisionHistoryQuerySchema } from "@/lib/schemas/tender-history";
import { getDb } from "@/lib/server/db";
import { listTenderRevisions } from "@/lib/server/tenders/list-tender-revisions";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { authorOf, describeRevision, whenSaved } from "./revision-description";

type Props = {
  params: Promise<{ tenderId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.history");
  return { title: t("title") };
}

/**
 * Every version of the tender, newest first, a page at a time; a plain GET form picks two to
 * compare (works without JavaScript), the two newest of the page chosen to start with.
 */
export default async function TenderHistoryPage({ params, searchParams }: Props) {
  const { viewer, tender } = await requireTender((await params).tenderId);
  const query = revisionHistoryQuerySchema.parse(await searchParams);
  const [t, format, { items, pageCount }] = await Promise.all([
    getTranslations("tenders"),
    getFormatter(),
    listTenderRevisions(getDb(), viewer, tender.id, { page: query.page }),
  ]);
  const [newest, previous] = items;
  const href = (page: number) => `/tenders/${tender.id}/history${page > 1 ? `?page=${page}` : ""}`;
  const radio = "h-6 w-6 align-middle";

  return (
    <div className="max-w-5xl">
      <Link href={`/tenders/${tender.id}`} className="mb-6 inline-block">
        {t("history.back")}
      </Link>
      <PageHeading
        caption={`${tender.reference} · ${tender.title}`}
        title={t("history.title")}
        lead={t("history.lead")}
      />
      <div role="status">
        {query.restored !== undefined ? (
          <Notice tone="success" title={t("history.restored", { version: query.restored })} />
        ) : null}
      </div>
      <form method="get" action={`/tenders/${tender.id}/history/compare`}>
        {previous ? (
          <p id="compare-hint" className="mb-4">
            {t("history.compareHint")}
          </p>
        ) : null}
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("history.tableCaption")}</caption>
            <TableHead
              columns={[
                t("history.columns.version"),
                t("history.columns.what"),
                t("history.columns.who"),
                t("history.columns.when"),
                ...(previous ? [t("history.columns.from"), t("history.columns.to")] : []),
              ]}
            />
            <tbody>
              {items.map((revision) => {
                const isCurrent = revision.version === tender.version;
                return (
                  <tr key={revision.version} className="border-b border-line align-top">
                    <th scope="row" className="py-3 pr-4 text-left font-semibold whitespace-nowrap">
                      {t("history.version", { version: revision.version })}
                      {isCurrent ? <span className="text-muted block font-normal">{t("history.current")}</span> : null}
                    </th>
                    <td className="py-3 pr-4">{describeRevision(revision, t)}</td>
                    <td className="py-3 pr-4">{authorOf(revision, t)}</td>
                    <td className="py-3 pr-4 whitespace-nowrap">
                      <time dateTime={revision.createdAt.toISOString()}>{whenSaved(revision.createdAt, format)}</time>
                    </td>
                    {previous ? (
                      <>
                        <td className="py-3 pr-4">
                          <input
                            id={`from-${revision.version}`}
                            type="radio"
                            name="from"
                            value={revision.version}
                            defaultChecked={revision.version === previous.version}
                            aria-describedby="compare-hint"
                            className={radio}
                          />
                          <label htmlFor={`from-${revision.version}`} className="sr-only">
                            {t("history.compareFrom", { version: revision.version })}
                          </label>
                        </td>
                        <td className="py-3">
                          <input
                            id={`to-${revision.version}`}
                            type="radio"
                            name="to"
                            value={revision.version}
                            defaultChecked={revision.version === newest?.version}
                            aria-describedby="compare-hint"
                            className={radio}
                          />
                          <label htmlFor={`to-${revision.version}`} className="sr-only">
                            {t("history.compareTo", { version: revision.version })}
                          </label>
                        </td>
                      </>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {previous ? (
          <Button type="submit" className="mt-6">
            {t("history.compare")}
          </Button>
        ) : query.page === 1 ? (
          <p className="mt-6">{t("history.onlyOneVersion")}</p>
        ) : null}
      </form>
      {pageCount > 1 ? (
        <nav aria-label={t("history.pagination")} className="mt-6 flex flex-wrap items-center gap-6">
          {query.page > 1 ? <Link href={href(query.page - 1)}>{t("history.newer")}</Link> : null}
          <p>{t("history.pageOf", { page: query.page, pageCount })}</p>
          {query.page < pageCount ? <Link href={href(query.page + 1)}>{t("history.older")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
