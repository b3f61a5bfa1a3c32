import "server-only";
import type { RenderedDocument } from "@/lib/domain/documents/document-model";
import {
  EXPORT_JOB_STALE_MS,
  isExportJobError,
  isInterrupted,
  type ExportJobError,
  type ExportJobKind,
  type ExportJobStatus,
} from "@/lib/domain/exports/export-job";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { ExportRefusal } from "../export-file";
import { EXPORT_JOB_SOURCES, type ExportJobTarget } from "./export-job-sources";

/** A job as its progress page shows it: never its file. */
export type ExportJobView = {
  id: string;
  kind: ExportJobKind;
  /** Null for the organisation's templates. */
  tenderId: string | null;
  status: ExportJobStatus;
  progress: number;
  fileName: string | null;
  sizeBytes: number | null;
  error: ExportJobError | null;
  errorReference: string | null;
  createdAt: Date;
  expiresAt: Date;
  target: ExportJobTarget;
};

const VIEW_SELECT = {
  id: true,
  kind: true,
  tenderId: true,
  status: true,
  progress: true,
  fileName: true,
  sizeBytes: true,
  error: true,
  errorReference: true,
  createdAt: true,
  updatedAt: true,
  expiresAt: true,
} as const;

/**
 * A job of the viewer's, for its progress page: only the person who asked, in the organisation
 * they asked in, before it expires, and only while they may still read what it exports (the same
 * check as the page it was asked from). Anything else is NOT_FOUND. A job in preparation that
 * has not moved for too long is marked as interrupted here.
 */
export async function readExportJob(db: DbClient, viewer: Viewer, jobId: string, now: Date): Promise<ExportJobView> {
  const row = await db.exportJob.findFirst({
    where: { id: jobId, userId: viewer.userId, organisationId: viewer.organisation.id, expiresAt: { gt: now } },
    select: VIEW_SELECT,
  });
  if (!row) throw new AppError("NOT_FOUND");
  const target = await EXPORT_JOB_SOURCES[row.kind].authorise(db, viewer, row.tenderId, { forCreation: false });
  let { status, error } = row;
  if (isInterrupted(row, now)) {
    await db.exportJob.updateMany({
      where: { id: row.id, status: { in: ["QUEUED", "RUNNING"] }, updatedAt: { lt: new Date(now.getTime() - EXPORT_JOB_STALE_MS) } }, // prettier-ignore
      data: { status: "FAILED", error: "interrupted" },
    });
    status = "FAILED";
    error = "interrupted";
  }
  return {
    id: row.id,
    kind: row.kind,
    tenderId: row.tenderId,
    status,
    progress: row.progress,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    error: isExportJobError(error) ? error : status === "FAILED" ? "failed" : null,
    errorReference: row.errorReference,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    target,
  };
}

/**
 * The finished file, for its download: the same checks as the progress page, again. Downloading
 * confidential data (the evaluation file) is recorded in the audit trail.
 */
export async function readExportJobFile(
  db: DbClient,
  viewer: Viewer,
  jobId: string,
  now: Date,
): Promise<RenderedDocument> {
  const job = await readExportJob(db, viewer, jobId, now);
  if (job.status !== "DONE") {
    throw new ExportRefusal(
      "INVALID_STATE",
      job.status === "FAILED"
        ? "This export failed, so there is no file: ask for it again from the page you asked from."
        : "The file is not ready yet: its progress page says when it is.",
    );
  }
  const row = await db.exportJob.findUniqueOrThrow({ where: { id: job.id }, select: { bytes: true, mediaType: true } });
  if (!row.bytes || !job.fileName) throw new AppError("NOT_FOUND");
  if (EXPORT_JOB_SOURCES[job.kind].confidential) {
    await recordAuditEvent(db, {
      actor: { userId: viewer.userId, email: viewer.email },
      organisationId: viewer.organisation.id,
      action: "export.job_downloaded",
      entityType: job.tenderId ? "Tender" : "ExportJob",
      entityId: job.tenderId ?? job.id,
      after: { jobId: job.id, kind: job.kind, fileName: job.fileName, bytes: job.sizeBytes },
    });
  }
  return { bytes: new Uint8Array(row.bytes), mediaType: row.mediaType ?? "application/zip", fileName: job.fileName };
}

/** The viewer's jobs for one tender and kind, newest first, not expired: listed on the page they come from. */
export async function listExportJobs(
  db: DbClient,
  viewer: Viewer,
  filter: { tenderId: string | null; kind: ExportJobKind },
  now: Date,
): Promise<Pick<ExportJobView, "id" | "status" | "fileName" | "createdAt">[]> {
  const rows = await db.exportJob.findMany({
    where: { userId: viewer.userId, organisationId: viewer.organisation.id, ...filter, expiresAt: { gt: now } },
    select: { id: true, status: true, fileName: true, createdAt: true, updatedAt: true },
    orderBy: { createdAt: "desc" },
    take: 5,
  });
  return rows.map((row) => ({ ...row, status: isInterrupted(row, now) ? "FAILED" : row.status }));
}
