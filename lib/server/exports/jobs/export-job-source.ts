import "server-only";
import type { RenderedDocument } from "@/lib/domain/documents/document-model";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";

/** What a job exports, as its pages name it; `reference` is empty for the organisation's templates. */
export type ExportJobTarget = { reference: string; title: string; backHref: string };

/** Reports each file written: `done` of `total`. */
export type OnFileWritten = (done: number, total: number) => Promise<void>;

/** One kind of long export: who may have it, and how its files are written. */
export type ExportJobSource = {
  /**
   * The authorisation of the page the job is asked from, run when the job is asked for, when it
   * runs, and at every look at it or its file: NOT_FOUND for whoever may not read it (now).
   * `forCreation` also refuses what cannot be exported yet, with a reason.
   */
  authorise: (
    db: DbClient,
    viewer: Viewer,
    tenderId: string | null,
    options: { forCreation: boolean },
  ) => Promise<ExportJobTarget>;
  /** Every file of the ZIP, written one after the other, and the name they share. */
  write: (
    db: DbClient,
    viewer: Viewer,
    job: { tenderId: string | null; origin: string; now: Date },
    onFileWritten: OnFileWritten,
  ) => Promise<{ baseName: string; files: RenderedDocument[] }>;
  /** Whether the files hold confidential data (scores, prices): the export is then audited. */
  confidential: boolean;
};

/** The tender of a tender's job: a job without one is nobody's. */
export function requireTenderId(tenderId: string | null): string {
  if (!tenderId) throw new AppError("NOT_FOUND");
  return tenderId;
}
