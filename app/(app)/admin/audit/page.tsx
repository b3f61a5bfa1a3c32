import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { TableHead } from "@/components/ui/table-head";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const viewer = await requireViewer("audit.view");
  const page = pageSchema.parse((await searchParams).page ?? 1);
  const [t, format, { events, hasMore }] = await Promise.all([
    getTranslations("audit"),
    getFormatter(),
    listAuditEvents(getDb(), viewer.organisation.id, page),
  ]);

  return (
    <>
      <PageHeading title={t("title")} caption={viewer.organisation.name} lead={t("lead")} />
      {events.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <TableHead columns={[t("columns.when"), t("columns.who"), t("columns.what"), t("columns.details")]} />
          <tbody>
            {events.map((event) => (
              <tr key={event.id} className="border-b border-line align-top">
                <td className="py-2 pr-4 whitespace-nowrap">
                  <time dateTime={event.occurredAt.toISOString()}>
                    {format.dateTime(event.occurredAt, { dateStyle: "medium", timeStyle: "medium" })}
                  </time>
                </td>
                <td className="py-2 pr-4 break-all">{event.actorEmail ?? t("system")}</td>
                <td className="py-2 pr-4">
                  {t.has(`actions.${event.action}`) ? t(`actions.${event.action}`) : event.action}
                </td>
                <td className="py-2 font-mono text-sm break-all">
                  {event.before ? (
                    <p>
                      {t("before")}: {JSON.stringify(event.before)}
                    </p>
                  ) : null}
                  {event.after ? (
                    <p>
                      {t("after")}: {JSON.stringify(event.after)}
                    </p>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label={t("pagination")} className="mt-6 flex gap-6">
        {page > 1 ? <Link href={`/admin/audit?page=${page - 1}`}>{t("newer")}</Link> : null}
        {hasMore ? <Link href={`/admin/audit?page=${page + 1}`}>{t("older")}</Link> : null}
      </nav>
    </>
  );
}
