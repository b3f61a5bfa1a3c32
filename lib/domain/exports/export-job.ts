/**
 * Long exports (docs/exports.md, "Long exports"): a ZIP of several files prepared in the
 * background, followed on a progress page and downloaded when ready. The rules here are pure:
 * how long a job lives, when a job is taken as interrupted, how progress is counted, how large a
 * file may be, and what goes in each kind of ZIP.
 */

export const EXPORT_JOB_KINDS = ["TENDER_DOCUMENTS", "EVALUATION_FILE", "ORGANISATION_TEMPLATES"] as const;
export type ExportJobKind = (typeof EXPORT_JOB_KINDS)[number];

/** The kinds that export one tender (the others export the organisation's templates). */
export function exportsATender(kind: ExportJobKind): boolean {
  return kind !== "ORGANISATION_TEMPLATES";
}

export type ExportJobStatus = "QUEUED" | "RUNNING" | "DONE" | "FAILED";

/** A finished file is kept this long, then the job and its file are deleted. */
export const EXPORT_JOB_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * A job QUEUED or RUNNING that has not moved for this long was interrupted (the server restarted
 * or the process died): each file takes seconds, and every file written touches the job.
 */
export const EXPORT_JOB_STALE_MS = 5 * 60 * 1000;

/** Jobs one person may have in preparation at once: enough for real work, not for flooding a server. */
export const MAX_ACTIVE_EXPORT_JOBS_PER_USER = 3;

/** Jobs one server process prepares at once; the others wait, QUEUED, for a free slot. */
export const MAX_RUNNING_EXPORT_JOBS_PER_PROCESS = 2;

/**
 * The largest file a job may store (100 MiB). The whole ZIP is built in memory and stored in one
 * row, so this bounds the memory a job takes; a tender's documents are a few megabytes.
 */
export const MAX_EXPORT_JOB_BYTES = 100 * 1024 * 1024;

/** Why a job failed: each is a message under exportJobs.errors. */
export const EXPORT_JOB_ERRORS = ["failed", "interrupted", "unavailable", "tooLarge"] as const;
export type ExportJobError = (typeof EXPORT_JOB_ERRORS)[number];

export function isExportJobError(value: unknown): value is ExportJobError {
  return typeof value === "string" && (EXPORT_JOB_ERRORS as readonly string[]).includes(value);
}

export function exportJobExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + EXPORT_JOB_LIFETIME_MS);
}

export function isActive(status: ExportJobStatus): boolean {
  return status === "QUEUED" || status === "RUNNING";
}

/** Whether a job still in preparation has not moved for too long, so was interrupted. */
export function isInterrupted(job: { status: ExportJobStatus; updatedAt: Date }, now: Date): boolean {
  return isActive(job.status) && now.getTime() - job.updatedAt.getTime() > EXPORT_JOB_STALE_MS;
}

/**
 * The percentage shown while a job runs, after `done` of `total` steps: rounded down, and never
 * 100 before the file is stored (only DONE is 100).
 */
export function exportJobProgress(done: number, total: number): number {
  if (total <= 0 || done <= 0) return 0;
  return Math.min(99, Math.floor((done * 100) / total));
}

/**
 * The files of each tender's ZIP, in order: the documents formats (ODT first, the open standard),
 * then, for the tender, the price schedule annex. The templates' ZIP has one file per published
 * template, so no fixed list.
 */
export const EXPORT_JOB_FILES = {
  TENDER_DOCUMENTS: [
    { source: "tender", format: "odt" },
    { source: "tender", format: "docx" },
    { source: "tender", format: "pdf" },
    { source: "tender", format: "md" },
    { source: "tender", format: "json" },
    { source: "priceSchedule", format: "ods" },
    { source: "priceSchedule", format: "xlsx" },
  ],
  EVALUATION_FILE: [
    { source: "awardReport", format: "odt" },
    { source: "awardReport", format: "docx" },
    { source: "awardReport", format: "pdf" },
    { source: "awardReport", format: "md" },
    { source: "awardReport", format: "json" },
  ],
} as const satisfies Record<
  Exclude<ExportJobKind, "ORGANISATION_TEMPLATES">,
  readonly { source: string; format: string }[]
>;

const FILE_NAME_SUFFIX: Record<ExportJobKind, string> = {
  TENDER_DOCUMENTS: "all-documents",
  EVALUATION_FILE: "evaluation-file",
  ORGANISATION_TEMPLATES: "templates",
};

/** The ZIP's name: the files' common name (the tender's, or the organisation's) and what it holds. */
export function exportJobFileName(baseName: string, kind: ExportJobKind): string {
  return `${baseName}-${FILE_NAME_SUFFIX[kind]}.zip`;
}

/**
 * Files already compressed (the OpenDocument and Office packages are ZIPs, a PDF's streams are
 * deflated) are stored as they are: compressing them again costs time and saves nothing.
 */
export function storedWithoutCompression(fileName: string): boolean {
  return /\.(odt|docx|ods|xlsx|pdf)$/i.test(fileName);
}
