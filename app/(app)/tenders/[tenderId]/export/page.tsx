import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ExportFormats } from "@/components/exports/export-formats";
import { LongExportSection } from "@/components/exports/long-export-section";
import { PriceScheduleFormats } from "@/components/exports/price-schedule-formats";
import { PageHeading } from "@/components/ui/page-heading";
import { TENDER_EXPORT_SCHEMA_PATH } from "@/lib/domain/documents/tender-json";
import { getDb } from "@/lib/server/db";
import { listExportJobs } from "@/lib/server/exports/jobs/read-export-job";
import { requireTender } from "@/lib/server/tenders/require-tender";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ tender }, t] = await Promise.all([requireTender((await params).tenderId), getTranslations("exports")]);
  return { title: `${t("title")} · ${tender.reference}` };
}

/**
 * "Export the tender documents": every format with what it is for and a download link, for
 * whoever may open the tender. The files are in the tender's documents language, which the page
 * names, since it may differ from the reader's.
 */
export default async function TenderExportPage({ params }: Props) {
  const { viewer, tender } = await requireTender((await params).tenderId);
  const [t, locale, recent] = await Promise.all([
    getTranslations("exports"),
    getLocale(),
    listExportJobs(getDb(), viewer, { tenderId: tender.id, kind: "TENDER_DOCUMENTS" }, new Date()),
  ]);
  const language = new Intl.DisplayNames([locale], { type: "language" }).of(tender.documentsLanguage) ?? tender.documentsLanguage; // prettier-ignore
  return (
    <div className="max-w-4xl">
      <Link href={`/tenders/${tender.id}`} className="mb-6 inline-block">
        {t("back")}
      </Link>
      <PageHeading caption={`${tender.reference} · ${tender.title}`} title={t("title")} lead={t("lead")} />
      <p className="mb-2 max-w-3xl">{t("language", { language })}</p>
      {tender.status === "DRAFT" || tender.status === "IN_REVIEW" ? (
        <p className="mb-2 max-w-3xl">{t("draft")}</p>
      ) : null}
      <h2 id="formats-heading" className="mt-6 mb-3 text-2xl">
        {t("formatsHeading")}
      </h2>
      <ExportFormats baseHref={`/api/exports/tender/${tender.id}`} kind="tender" labelledBy="formats-heading" />
      <p className="mb-8 max-w-3xl">
        {t("schema")} <a href={TENDER_EXPORT_SCHEMA_PATH}>{t("schemaLink")}</a>
      </p>
      <section aria-labelledby="price-schedule-heading">
        <h2 id="price-schedule-heading" className="mb-2 text-2xl">
          {t("priceSchedule.heading")}
        </h2>
        <p className="mb-4 max-w-3xl">{t("priceSchedule.lead")}</p>
        <PriceScheduleFormats tenderId={tender.id} labelledBy="price-schedule-heading" />
      </section>
      <LongExportSection kind="TENDER_DOCUMENTS" tenderId={tender.id} recent={recent} />
    </div>
  );
}
