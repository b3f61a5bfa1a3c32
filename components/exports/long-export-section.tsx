import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ExportJobKind } from "@/lib/domain/exports/export-job";
import type { ExportJobView } from "@/lib/server/exports/jobs/read-export-job";
import { StartExportJobForm } from "./start-export-job-form";

type RecentJob = Pick<ExportJobView, "id" | "status" | "fileName" | "createdAt">;

/**
 * "Everything in one file": the button that prepares a long export in the background, and the
 * viewer's recent ones for this tender, each linked to its progress page (where its file is
 * downloaded), so a file asked for earlier is found again after leaving the page.
 */
export async function LongExportSection({
  kind,
  tenderId,
  recent,
}: {
  kind: ExportJobKind;
  /** The tender exported; none for the organisation's templates. */
  tenderId?: string;
  recent: RecentJob[];
}) {
  const [t, format] = await Promise.all([getTranslations("exportJobs"), getFormatter()]);
  const headingId = `long-export-${kind}`;
  return (
    <section aria-labelledby={headingId} className="print-hidden mb-10">
      <h2 id={headingId} className="mb-2 text-2xl">
        {t(`sections.${kind}.heading`)}
      </h2>
      <p className="mb-4 max-w-3xl">{t(`sections.${kind}.lead`)}</p>
      <StartExportJobForm kind={kind} tenderId={tenderId} label={t(`sections.${kind}.button`)} />
      {recent.length > 0 ? (
        <>
          <h3 id={`${headingId}-recent`} className="mb-2 text-xl">
            {t("recentHeading")}
          </h3>
          <ul aria-labelledby={`${headingId}-recent`} className="list-disc pl-6">
            {recent.map((job) => (
              <li key={job.id}>
                <Link href={`/exports/${job.id}`}>
                  {t("recentItem", {
                    time: format.dateTime(job.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </Link>
                {": "}
                {t(`recentStatus.${job.status}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
