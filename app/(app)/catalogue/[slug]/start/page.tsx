import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { can } from "@/lib/domain/permissions";
import { offeredClauses } from "@/lib/domain/templates/reuse/prefill-tender";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { findReusableTemplate } from "@/lib/server/templates/reuse/template-versions";
import { StartTenderForm } from "./start-tender-form";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templateReuse.start");
  return { title: t("metaTitle") };
}

/**
 * "Start a tender from this template": signed-in only (the guard sends a visitor to sign in and
 * back here). Says which version the tender will come from and what it will be given, asks for
 * the title, and creates the tender in the viewer's current organisation.
 */
export default async function StartFromTemplatePage({ params }: Props) {
  const viewer = await requireViewer();
  const { slug } = await params;
  const template = await findReusableTemplate(getDb(), slug);
  if (!template?.latest) notFound();
  const [t, tCatalogue, format] = await Promise.all([
    getTranslations("templateReuse.start"),
    getTranslations("templateReuse"),
    getFormatter(),
  ]);
  const { latest } = template;
  const counts = {
    requirements: latest.content.requirements.length,
    clauses: latest.content.clauses.length - offeredClauses(latest.content).length,
    offered: offeredClauses(latest.content).length,
  };

  return (
    <div className="max-w-3xl">
      <Link href={`/catalogue/${template.slug}`} className="mb-6 inline-block">
        {t("back", { name: latest.name })}
      </Link>
      <PageHeading caption={t("caption")} title={t("title", { name: latest.name })} lead={latest.content.summary} />
      <SummaryList
        rows={[
          { key: "version", label: t("version"), value: tCatalogue("versionNumber", { version: latest.number }) },
          {
            key: "published",
            label: t("published"),
            value: format.dateTime(latest.publishedAt, { dateStyle: "long" }),
          },
          { key: "publisher", label: t("publisher"), value: template.publisherName },
          { key: "language", label: t("language"), value: tCatalogue(`languages.${languageCode(template.language)}`) },
          { key: "licence", label: t("licence"), value: latest.content.licence },
        ]}
      />
      {template.status === "DEPRECATED" ? (
        <Notice tone="danger" title={t("deprecatedTitle")}>
          {template.deprecationNote ? <p className="whitespace-pre-line">{template.deprecationNote}</p> : null}
          {template.successor ? (
            <p className="mt-2">
              <Link href={`/catalogue/${template.successor.slug}/start`}>
                {t("successorLink", { name: template.successor.name })}
              </Link>
            </p>
          ) : null}
        </Notice>
      ) : !can(viewer.roles, "tender.draft") ? (
        <Notice title={t("notDrafterTitle")}>
          <p>{t("notDrafterBody", { organisation: viewer.organisation.name })}</p>
        </Notice>
      ) : (
        <>
          <h2 className="mb-3 text-2xl">{t("whatHeading")}</h2>
          <ul className="mb-6 list-disc space-y-1 pl-6">
            <li>{t("whatRequirements", { count: counts.requirements })}</li>
            <li>{t("whatClauses", { count: counts.clauses })}</li>
            {counts.offered > 0 ? <li>{t("whatOffered", { count: counts.offered })}</li> : null}
            {latest.content.award ? <li>{t("whatCriteria")}</li> : null}
            {latest.content.sovereignty ? <li>{t("whatSovereignty")}</li> : null}
            <li>{t("whatRest")}</li>
          </ul>
          <p className="mb-6">{t("organisation", { organisation: viewer.organisation.name })}</p>
          <StartTenderForm slug={template.slug} templateVersion={latest.number} title={latest.name} />
        </>
      )}
    </div>
  );
}

/** The languages the app names; any other BCP 47 tag is shown as "other". */
function languageCode(language: string): "en" | "fr" | "de" | "other" {
  return language === "en" || language === "fr" || language === "de" ? language : "other";
}
