import "server-only";
import {
  EXPORT_JOB_STALE_MS,
  exportJobExpiry,
  MAX_ACTIVE_EXPORT_JOBS_PER_USER,
  exportsATender,
  type ExportJobKind,
} from "@/lib/domain/exports/export-job";
import { AppError } from "@/lib/errors";
import type { AuditEventInput } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { EXPORT_JOB_SOURCES } from "./export-job-sources";

/**
 * Asks for a long export: checks the viewer may export what they ask for (the page's own check),
 * and that they do not already have too many in preparation; deletes the expired jobs on the way.
 * The job is then QUEUED; the caller starts it once the transaction has committed
 * (runExportJob), and records the returned audit event in the same transaction.
 */
export async function createExportJob(
  db: DbClient,
  viewer: Viewer,
  input: { kind: ExportJobKind; tenderId?: string | null; origin: string },
  now: Date,
): Promise<{ jobId: string; event: Omit<AuditEventInput, "actor" | "organisationId"> }> {
  await deleteExpiredExportJobs(db, now);
  const tenderId = exportsATender(input.kind) ? (input.tenderId ?? null) : null;
  await EXPORT_JOB_SOURCES[input.kind].authorise(db, viewer, tenderId, { forCreation: true });
  const active = await db.exportJob.count({
    where: {
      userId: viewer.userId,
      status: { in: ["QUEUED", "RUNNING"] },
      updatedAt: { gte: new Date(now.getTime() - EXPORT_JOB_STALE_MS) },
    },
  });
  if (active >= MAX_ACTIVE_EXPORT_JOBS_PER_USER) throw new AppError("INVALID_STATE", "errors.exportJobs.tooMany");
  const job = await db.exportJob.create({
    data: {
      organisationId: viewer.organisation.id,
      userId: viewer.userId,
      kind: input.kind,
      tenderId,
      params: { origin: input.origin },
      createdAt: now,
      expiresAt: exportJobExpiry(now),
    },
    select: { id: true },
  });
  return {
    jobId: job.id,
    event: {
      action: "export.job_requested",
      // A tender's export is in the tender's trail; the templates' in the organisation's.
      entityType: tenderId ? "Tender" : "Organisation",
      entityId: tenderId ?? viewer.organisation.id,
      after: { jobId: job.id, kind: input.kind },
    },
  };
}

/** Deletes every job past its expiry, with its file. Returns how many. */
export async function deleteExpiredExportJobs(db: DbClient, now: Date): Promise<number> {
  return (await db.exportJob.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
