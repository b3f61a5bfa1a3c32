import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/domain/permissions";
import { isTemplateSection, TEMPLATE_SECTIONS } from "@/lib/domain/templates/reuse/template-sections";
import { isEditable } from "@/lib/domain/tender/tender-status";
import { getDb } from "@/lib/server/db";
import { previewTakeOver } from "@/lib/server/templates/reuse/preview-take-over";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { loadSummaryFormatters } from "../summary-formatters";
import { loadTenderTemplateLink } from "../template-link";
import { NewerVersions } from "./newer-versions";
import { OfferedClauses } from "./offered-clauses";
import { SectionUpdate } from "./section-update";

type Props = {
  params: Promise<{ tenderId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templateReuse.updates");
  return { title: t("metaTitle") };
}

/**
 * The template the tender came from and what its newer version would change: per section, the
 * tender's answers now and after taking the section over, and the button that does it. Sections
 * are taken over one at a time, each as a save of that section.
 */
export default async function TemplateUpdatesPage({ params, searchParams }: Props) {
  const { viewer, tender } = await requireTender((await params).tenderId);
  const link = await loadTenderTemplateLink(viewer, tender.id);
  if (!link) notFound();
  const taken = (await searchParams).taken;
  const [t, tTasks, { previews, offered }] = await Promise.all([
    getTranslations("templateReuse.updates"),
    getTranslations("tenders.tasks.sections"),
    previewTakeOver(getDb(), tender, link),
  ]);
  const formatters = await loadSummaryFormatters([tender, ...previews.map((preview) => preview.after)]);
  const mayTakeOver = isEditable(tender.status) && can(viewer.roles, "tender.draft");
  const changed = new Set(link.changes.map((change) => change.section));
  const upToDate = TEMPLATE_SECTIONS.filter((section) => !changed.has(section));

  return (
    <div className="max-w-5xl">
      <Link href={`/tenders/${tender.id}`} className="mb-6 inline-block">
        {t("back")}
      </Link>
      <PageHeading
        caption={`${tender.reference} · ${tender.title}`}
        title={t("title")}
        lead={t("lead", {
          name: link.template.name,
          version: link.startVersion,
          publisher: link.template.publisherName,
        })}
      />
      {isTemplateSection(taken) ? (
        <Notice
          tone="success"
          title={t("takenOver", { section: tTasks(`${taken}.name`), version: link.latest.number })}
          live
        />
      ) : null}
      <p className="mb-6">
        <Link href={`/catalogue/${link.template.slug}`}>{t("catalogueLink", { name: link.template.name })}</Link>
      </p>
      <NewerVersions versions={link.newerVersions} />

      {previews.length === 0 ? (
        <Notice title={t("upToDate", { version: link.latest.number })} />
      ) : (
        <>
          <h2 className="mb-2 text-2xl">{t("changesHeading", { version: link.latest.number })}</h2>
          <p className="mb-6">{t("changesIntro")}</p>
          {mayTakeOver ? null : <Notice title={t("notEditable")} />}
          {previews.map((preview) => (
            <SectionUpdate
              key={preview.change.section}
              tender={tender}
              preview={preview}
              formatters={formatters}
              authorityType={viewer.organisation.authorityType}
              mayTakeOver={mayTakeOver}
            />
          ))}
        </>
      )}

      {upToDate.length > 0 && previews.length > 0 ? (
        <section aria-labelledby="up-to-date-heading" className="mb-10">
          <h2 id="up-to-date-heading" className="mb-3 text-xl">
            {t("upToDateHeading")}
          </h2>
          <ul className="list-disc pl-6">
            {upToDate.map((section) => (
              <li key={section}>{tTasks(`${section}.name`)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <OfferedClauses tenderId={tender.id} offered={offered} />
    </div>
  );
}
