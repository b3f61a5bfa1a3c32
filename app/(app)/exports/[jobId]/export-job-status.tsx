import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { isActive } from "@/lib/domain/exports/export-job";
import type { ExportJobView } from "@/lib/server/exports/jobs/read-export-job";

/**
 * Where the job stands, in one status region (announced politely when it changes): the progress
 * while it is prepared, the download once it is ready, or why it failed and how to go on.
 */
export async function ExportJobStatus({ job, refreshSeconds }: { job: ExportJobView; refreshSeconds: number }) {
  const [t, format] = await Promise.all([getTranslations("exportJobs"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <div role="status" aria-live="polite" className="mb-6">
        {isActive(job.status) ? (
          <>
            <p className="mb-2 text-lg font-semibold">
              {job.status === "QUEUED" ? t("status.QUEUED") : t("status.RUNNING", { progress: job.progress })}
            </p>
            <label htmlFor="export-progress" className="mb-1 block">
              {t("progressLabel")}
            </label>
            <progress id="export-progress" max={100} value={job.progress} className="mb-4 h-4 w-full max-w-xl">
              {t("progressValue", { progress: job.progress })}
            </progress>
          </>
        ) : null}
        {job.status === "DONE" && job.fileName ? (
          <Notice tone="success" title={t("status.DONE")}>
            <p className="mb-2">
              <a href={`/api/exports/jobs/${job.id}`} download>
                {t("download", { fileName: job.fileName, size: fileSize(job.sizeBytes ?? 0, format) })}
              </a>
            </p>
            <p>{t("availableUntil", { time: when(job.expiresAt) })}</p>
          </Notice>
        ) : null}
        {job.status === "FAILED" ? (
          <Notice tone="danger" title={t("status.FAILED")}>
            <p className="mb-2">{t(`errors.${job.error ?? "failed"}`)}</p>
            {job.errorReference ? <p className="mb-2">{t("reference", { reference: job.errorReference })}</p> : null}
            <p>
              <Link href={job.target.backHref}>{t("askAgain")}</Link>
            </p>
          </Notice>
        ) : null}
      </div>
      {isActive(job.status) ? (
        <>
          <p className="mb-2 max-w-3xl">{t("autoRefresh", { seconds: refreshSeconds })}</p>
          <p>
            <Link href={`/exports/${job.id}`}>{t("checkNow")}</Link>
          </p>
        </>
      ) : null}
    </>
  );
}

/** "2.4 MB", "310 kB": the size in the reader's language. */
function fileSize(bytes: number, format: Awaited<ReturnType<typeof getFormatter>>): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, "megabyte"] : [Math.max(1, bytes / 1000), "kilobyte"];
  return format.number(value, { style: "unit", unit, maximumFractionDigits: 1 });
}
