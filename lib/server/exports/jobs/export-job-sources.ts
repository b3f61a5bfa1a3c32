import "server-only";
import type { RenderedDocument } from "@/lib/domain/documents/document-model";
import { exportBaseName } from "@/lib/domain/documents/file-name";
import { EXPORT_JOB_FILES, type ExportJobKind } from "@/lib/domain/exports/export-job";
import { AppError } from "@/lib/errors";
import { mayReadEveryScore, readResultContext } from "@/lib/server/evaluation/result-access";
import { getTender } from "@/lib/server/tenders/get-tender";
import { loadAwardReportSource, renderAwardReport } from "../export-award-report";
import { priceScheduleFile } from "../export-price-schedule";
import { exportTender } from "../export-tender";
import { requireTenderId, type ExportJobSource } from "./export-job-source";
import { organisationTemplates } from "./templates-job-source";

export type { ExportJobTarget } from "./export-job-source";

/** The tender's documents in every format, with the price schedule: for whoever may open the tender. */
const tenderDocuments: ExportJobSource = {
  confidential: false,
  authorise: async (db, viewer, tenderId) => {
    const tender = await getTender(db, viewer, requireTenderId(tenderId));
    return { reference: tender.reference, title: tender.title, backHref: `/tenders/${tender.id}/export` };
  },
  write: async (db, viewer, { tenderId: id, origin, now }, onFileWritten) => {
    const tenderId = requireTenderId(id);
    const tender = await getTender(db, viewer, tenderId);
    const plan = EXPORT_JOB_FILES.TENDER_DOCUMENTS;
    const files: RenderedDocument[] = [];
    for (const { source, format } of plan) {
      files.push(
        source === "tender"
          ? await exportTender(db, viewer, tenderId, format, { origin, now })
          : await priceScheduleFile(tender, viewer.organisation.name, format, now),
      );
      await onFileWritten(files.length, plan.length);
    }
    return { baseName: exportBaseName(tender.reference, tender.title), files };
  },
};

/**
 * The award report in every format with the evaluation file: for the procurement lead and the
 * chair, as the report page; asked for once the evaluation is complete.
 */
const evaluationFile: ExportJobSource = {
  confidential: true,
  authorise: async (db, viewer, tenderId, { forCreation }) => {
    const context = await readResultContext(db, viewer, requireTenderId(tenderId)).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "FORBIDDEN") throw new AppError("NOT_FOUND");
      throw error;
    });
    if (!mayReadEveryScore(context.role)) throw new AppError("NOT_FOUND");
    if (forCreation && context.readiness.kind !== "READY") {
      throw new AppError("INVALID_STATE", "errors.exportJobs.evaluationNotComplete");
    }
    const { tender } = context;
    return { reference: tender.reference, title: tender.title, backHref: `/tenders/${tender.id}/evaluation/report` };
  },
  write: async (db, viewer, { tenderId, now }, onFileWritten) => {
    const source = await loadAwardReportSource(db, viewer, requireTenderId(tenderId));
    const plan = EXPORT_JOB_FILES.EVALUATION_FILE;
    const files: RenderedDocument[] = [];
    for (const { format } of plan) {
      files.push(await renderAwardReport(source, format, now));
      await onFileWritten(files.length, plan.length);
    }
    const { tender } = source.evaluation;
    return { baseName: exportBaseName(tender.reference, tender.title), files };
  },
};

export const EXPORT_JOB_SOURCES: Record<ExportJobKind, ExportJobSource> = {
  TENDER_DOCUMENTS: tenderDocuments,
  EVALUATION_FILE: evaluationFile,
  ORGANISATION_TEMPLATES: organisationTemplates,
};
