import "server-only";
import { randomUUID } from "node:crypto";
import { zipPackage } from "@/lib/domain/documents/zip";
import {
  exportJobFileName,
  exportJobProgress,
  MAX_EXPORT_JOB_BYTES,
  storedWithoutCompression,
  type ExportJobError,
} from "@/lib/domain/exports/export-job";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { loadViewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { ExportRefusal } from "../export-file";
import { EXPORT_JOB_SOURCES } from "./export-job-sources";
import { withExportSlot } from "./export-job-slots";

const ZIP_MEDIA_TYPE = "application/zip";

/**
 * Prepares a QUEUED job in this server process: writes its files one after the other, updating
 * the progress after each, then stores the ZIP and marks the job DONE in one update. It runs as
 * the person who asked, with their roles as they are now (a role removed meanwhile stops it).
 * Any failure marks the job FAILED with a reason and stores no file: the files exist only in
 * this function's memory until the ZIP is complete. Never throws: it runs after the response.
 */
export async function runExportJob(db: Db, jobId: string, clock: () => Date = () => new Date()): Promise<void> {
  await withExportSlot(async () => {
    // Claimed once: a job already started, finished, or taken as interrupted is left alone.
    const claimed = await db.exportJob.updateMany({ where: { id: jobId, status: "QUEUED" }, data: { status: "RUNNING" } }); // prettier-ignore
    if (claimed.count === 0) return;
    try {
      await prepare(db, jobId, clock);
    } catch (error) {
      await fail(db, jobId, error);
    }
  });
}

async function prepare(db: Db, jobId: string, clock: () => Date) {
  const job = await db.exportJob.findUniqueOrThrow({
    where: { id: jobId },
    select: { id: true, kind: true, tenderId: true, userId: true, organisationId: true, params: true },
  });
  const loaded = await loadViewer(db, job.userId, job.organisationId);
  if (loaded.kind !== "viewer" || loaded.viewer.organisation.id !== job.organisationId) {
    throw new AppError("NOT_FOUND");
  }
  const { viewer } = loaded;
  const source = EXPORT_JOB_SOURCES[job.kind];
  await source.authorise(db, viewer, job.tenderId, { forCreation: false });
  const origin = String((job.params as { origin?: unknown }).origin ?? "");
  const now = clock();
  const { baseName, files } = await source.write(
    db,
    viewer,
    { tenderId: job.tenderId, origin, now },
    async (done, total) => {
      // prettier-ignore
      // One step more than the files: storing the ZIP is the last.
      await db.exportJob.update({ where: { id: jobId }, data: { progress: exportJobProgress(done, total + 1) } });
    },
  );
  const bytes = zipPackage(
    files.map((file) => ({ path: file.fileName, data: file.bytes, store: storedWithoutCompression(file.fileName) })),
  );
  if (bytes.byteLength > MAX_EXPORT_JOB_BYTES) throw new JobFailure("tooLarge");
  const fileName = exportJobFileName(baseName, job.kind);
  await db.$transaction(async (tx) => {
    const stored = await tx.exportJob.updateMany({
      where: { id: jobId, status: "RUNNING" },
      data: { status: "DONE", progress: 100, fileName, mediaType: ZIP_MEDIA_TYPE, bytes: Buffer.from(bytes), sizeBytes: bytes.byteLength }, // prettier-ignore
    });
    if (stored.count === 0) throw new JobFailure("interrupted");
    if (source.confidential) {
      await recordAuditEvent(tx, {
        actor: { userId: viewer.userId, email: viewer.email },
        organisationId: viewer.organisation.id,
        action: "evaluation.report_exported",
        entityType: "Tender",
        entityId: job.tenderId ?? jobId,
        after: { tenderId: job.tenderId, format: "zip", jobId, fileName, bytes: bytes.byteLength, files: files.map((file) => file.fileName) }, // prettier-ignore
      });
    }
  });
}

/** An expected reason to stop, with its message key. */
class JobFailure extends Error {
  constructor(readonly reason: ExportJobError) {
    super(reason);
    this.name = "JobFailure";
  }
}

/** Marks the job FAILED, without a file, with a reason the page explains; logs what was unexpected. */
async function fail(db: Db, jobId: string, error: unknown) {
  let reason: ExportJobError = "failed";
  let errorReference: string | null = null;
  if (error instanceof JobFailure) reason = error.reason;
  else if (
    (error instanceof AppError && ["NOT_FOUND", "FORBIDDEN", "INVALID_STATE"].includes(error.code)) ||
    (error instanceof ExportRefusal && error.code === "INVALID_STATE")
  ) {
    reason = "unavailable";
  } else {
    errorReference = randomUUID();
    console.error(`[export job] job ${jobId} failed, reference ${errorReference}`, error);
  }
  await db.exportJob
    .updateMany({
      where: { id: jobId, status: { in: ["QUEUED", "RUNNING"] } },
      data: { status: "FAILED", error: reason, errorReference, bytes: null, sizeBytes: null, fileName: null },
    })
    .catch((cause: unknown) => console.error(`[export job] could not mark job ${jobId} as failed`, cause));
}
