import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { isEditable } from "@/lib/domain/tender/tender-status";
import type { Locale } from "@/lib/i18n/config";
import { revisionRestoreQuerySchema } from "@/lib/schemas/tender-history";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { compareTenders, sectionsApplying } from "../compare-tenders";
import { loadSummaryFormatters } from "../../summary-formatters";
import { loadVersion } from "../load-version";
import { authorOf, whenSaved } from "../revision-description";
import { SectionChanges } from "../section-changes";
import { RestoreRevisionForm } from "./restore-revision-form";

type Props = {
  params: Promise<{ tenderId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.history.restore");
  return { title: t("metaTitle") };
}

/**
 * "Restore version N?": what comes back, what stays, exactly which answers change, then the
 * button. Drafters and administrators only (tender.draft), and only on a draft.
 */
export default async function RestoreVersionPage({ params, searchParams }: Props) {
  const { viewer, tender } = await requireTender((await params).tenderId, "tender.draft");
  const { version } = revisionRestoreQuerySchema.parse(await searchParams);
  const historyHref = `/tenders/${tender.id}/history`;
  if (version === undefined) redirect(historyHref);
  const [revision, t, format, locale] = await Promise.all([
    loadVersion(viewer, tender, version),
    getTranslations("tenders"),
    getFormatter(),
    getLocale(),
  ]);
  const heading = (
    <>
      <Link href={historyHref} className="mb-6 inline-block">
        {t("history.compareView.back")}
      </Link>
      <PageHeading
        caption={`${tender.reference} · ${tender.title}`}
        title={t("history.restore.title", { version })}
        lead={t("history.restore.lead", {
          version,
          name: authorOf(revision, t),
          date: whenSaved(revision.createdAt, format),
        })}
      />
    </>
  );

  if (!isEditable(tender.status) || version === tender.version) {
    return (
      <div className="max-w-5xl">
        {heading}
        <Notice
          title={
            version === tender.version
              ? t("history.restore.isCurrent", { version })
              : t("history.restore.notDraft", { status: t(`status.${tender.status}`) })
          }
        />
      </div>
    );
  }

  // What the restore changes: from the current content to the version's.
  const comparison = compareTenders(
    tender,
    revision.tender,
    sectionsApplying([tender, revision.tender], viewer.organisation.authorityType),
    { ...(await loadSummaryFormatters([tender, revision.tender])), t, format, locale: locale as Locale },
  );
  return (
    <div className="max-w-5xl">
      {heading}
      <Notice title={t("history.restore.keptTitle")}>
        <p>{t("history.restore.keptBody", { current: tender.version })}</p>
      </Notice>
      <p className="mb-8">{t("history.restore.scope", { version })}</p>
      <section aria-labelledby="restore-changes" className="mb-8">
        <h2 id="restore-changes" className="mb-4 text-2xl">
          {t("history.restore.changesHeading")}
        </h2>
        {comparison.changed.length === 0 ? (
          <p>{t("history.restore.nothingChanges", { version })}</p>
        ) : (
          <SectionChanges
            comparison={{ changed: comparison.changed, unchanged: [] }}
            fromVersion={tender.version}
            toVersion={version}
            showUnchanged={false}
            headingLevel={3}
          />
        )}
      </section>
      <RestoreRevisionForm tenderId={tender.id} revision={version} version={tender.version} />
    </div>
  );
}
