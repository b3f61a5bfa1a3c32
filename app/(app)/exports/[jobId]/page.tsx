import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { RefreshWhilePreparing } from "@/components/exports/refresh-while-preparing";
import { PageHeading } from "@/components/ui/page-heading";
import { isActive } from "@/lib/domain/exports/export-job";
import { AppError } from "@/lib/errors";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { readExportJob } from "@/lib/server/exports/jobs/read-export-job";
import { ExportJobStatus } from "./export-job-status";

type Props = { params: Promise<{ jobId: string }> };

/** How often the page looks again while the file is being prepared. */
const REFRESH_SECONDS = 2;

/** The job for this request (metadata and page share one read). */
const loadJob = cache(async (jobId: string) => {
  const viewer = await requireViewer();
  try {
    return await readExportJob(getDb(), viewer, jobId, new Date());
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [job, t] = await Promise.all([loadJob((await params).jobId), getTranslations("exportJobs")]);
  return { title: `${t(`kinds.${job.kind}.title`)} · ${job.target.reference || job.target.title}` };
}

/**
 * A long export's progress, then its download: for the person who asked only (404 for anyone
 * else, and once it expires). Server-rendered, so it works without JavaScript: it reloads itself
 * every 2 seconds while the file is being prepared (<noscript> refresh), or, with JavaScript,
 * refreshes its content in place and the status region announces the change.
 */
export default async function ExportJobPage({ params }: Props) {
  const job = await loadJob((await params).jobId);
  const t = await getTranslations("exportJobs");
  const preparing = isActive(job.status);
  return (
    <div className="max-w-4xl">
      {preparing ? (
        <>
          <noscript>
            <meta httpEquiv="refresh" content={String(REFRESH_SECONDS)} />
          </noscript>
          <RefreshWhilePreparing seconds={REFRESH_SECONDS} />
        </>
      ) : null}
      <Link href={job.target.backHref} className="mb-6 inline-block">
        {t(`kinds.${job.kind}.back`)}
      </Link>
      <PageHeading
        caption={job.target.reference ? `${job.target.reference} · ${job.target.title}` : job.target.title}
        title={t(`kinds.${job.kind}.title`)}
        lead={t(`kinds.${job.kind}.lead`)}
      />
      <ExportJobStatus job={job} refreshSeconds={REFRESH_SECONDS} />
    </div>
  );
}
