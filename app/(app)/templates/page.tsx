import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LongExportSection } from "@/components/exports/long-export-section";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { TableHead } from "@/components/ui/table-head";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { listExportJobs } from "@/lib/server/exports/jobs/read-export-job";
import { listOrganisationTemplates } from "@/lib/server/templates/list-templates";
import { StatusTag } from "./status-tag";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.list");
  return { title: t("title") };
}

const LINK_BUTTON = "bg-brand inline-block rounded px-5 py-3 font-semibold text-white no-underline hover:bg-brand-dark";
const SECONDARY_LINK = "inline-block rounded border-2 border-brand px-5 py-3 font-semibold no-underline";

/** OSPO and ADMIN: the organisation's templates, their status, latest version and draft in progress. */
export default async function TemplatesPage() {
  const viewer = await requireViewer("template.manage");
  const [t, format, templates, recentExports] = await Promise.all([
    getTranslations("templates"),
    getFormatter(),
    listOrganisationTemplates(getDb(), viewer),
    listExportJobs(getDb(), viewer, { tenderId: null, kind: "ORGANISATION_TEMPLATES" }, new Date()),
  ]);
  return (
    <>
      <PageHeading title={t("list.title")} lead={t("list.lead", { organisation: viewer.organisation.name })} />
      <div className="mb-8 flex flex-wrap gap-4">
        <Link href="/templates/new" className={LINK_BUTTON}>
          {t("list.create")}
        </Link>
        <Link href="/templates/import" className={SECONDARY_LINK}>
          {t("list.import")}
        </Link>
      </div>
      {templates.length === 0 ? (
        <EmptyState title={t("list.emptyTitle")} body={t("list.emptyBody")} />
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("list.caption")}</caption>
          <TableHead
            columns={[
              t("list.columns.name"),
              t("list.columns.status"),
              t("list.columns.latest"),
              t("list.columns.draft"),
            ]}
          />
          <tbody>
            {templates.map((template) => (
              <tr key={template.id} className="border-b border-line align-top">
                <td className="py-3 pr-4">
                  <Link href={`/templates/${template.id}`}>{template.name}</Link>
                  <span className="text-muted block text-sm">
                    {t(`languages.${template.language}`)}
                    {template.imported ? ` · ${t("list.imported")}` : ""}
                  </span>
                </td>
                <td className="py-3 pr-4">
                  <StatusTag status={template.status} />
                </td>
                <td className="py-3 pr-4">
                  {template.latestPublished
                    ? t("list.latestVersion", {
                        number: template.latestPublished.number,
                        date: format.dateTime(template.latestPublished.publishedAt, { dateStyle: "medium" }),
                      })
                    : t("list.notPublished")}
                </td>
                <td className="py-3">
                  {template.draftNumber !== null ? t("list.draftInProgress", { number: template.draftNumber }) : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {templates.some((template) => template.status === "PUBLISHED") ? (
        <div className="mt-10">
          <LongExportSection kind="ORGANISATION_TEMPLATES" recent={recentExports} />
        </div>
      ) : null}
    </>
  );
}
