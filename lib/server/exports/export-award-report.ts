import "server-only";
import { buildAwardReportDocument } from "@/lib/domain/documents/award-report";
import type { DocumentModel, RenderedDocument } from "@/lib/domain/documents/document-model";
import { exportBaseName } from "@/lib/domain/documents/file-name";
import type { ExportFormat } from "@/lib/domain/documents/formats";
import { evaluationView } from "@/lib/domain/evaluation/evaluation-view";
import { AppError } from "@/lib/errors";
import { evaluationFileOf } from "@/lib/schemas/evaluation-file";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { loadAwardReport } from "@/lib/server/evaluation/load-award-report";
import { loadEvaluation, type Evaluated } from "@/lib/server/evaluation/load-evaluation";
import { mayReadEveryScore } from "@/lib/server/evaluation/result-access";
import { documentsLocale, loadDocumentText } from "./document-text";
import { ExportRefusal, jsonFile, renderDocument } from "./export-file";

/**
 * The award recommendation report in one format, from the same read path as the report page
 * (loadEvaluation, loadAwardReport): for the procurement lead and the chair, once the evaluation
 * is complete. Bids are read through bid-access.ts and only once opened, so a sealed bid never
 * reaches the file. Anyone else, in the organisation or not, gets NOT_FOUND, so the route says
 * nothing of a tender they may not read. JSON is the evaluation file (docs/evaluation-file.md).
 *
 * The file holds every evaluator's scores and the bids' prices: each export is an audit event,
 * written once the file is complete and before it is sent.
 */
export async function exportAwardReport(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
  format: ExportFormat,
  options: { now: Date },
): Promise<RenderedDocument> {
  const source = await loadAwardReportSource(db, viewer, tenderId);
  const file = await renderAwardReport(source, format, options.now);
  await recordAuditEvent(db, {
    actor: { userId: viewer.userId, email: viewer.email },
    organisationId: viewer.organisation.id,
    action: "evaluation.report_exported",
    entityType: "Tender",
    entityId: tenderId,
    after: { tenderId, format, fileName: file.fileName, bytes: file.bytes.byteLength },
  });
  return file;
}

/** What every format of the award report is written from, read once. */
export type AwardReportSource = {
  viewer: Viewer;
  evaluation: Evaluated;
  /** The file names' common part, e.g. MIN-2027-0004-case-management-system. */
  baseName: (format: ExportFormat) => string;
  /** The report's model, built on first use (the JSON does not need it) and then reused. */
  model: (now: Date) => Promise<DocumentModel>;
};

/**
 * The evaluation for the report, or NOT_FOUND for whoever may not read every score, or a 409
 * refusal before the evaluation is complete. Audits nothing: the caller does, once per export.
 */
export async function loadAwardReportSource(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
): Promise<AwardReportSource> {
  const loaded = await loadEvaluation(db, viewer, tenderId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "FORBIDDEN") throw new AppError("NOT_FOUND");
    throw error;
  });
  if (!loaded.ready) {
    if (!mayReadEveryScore(loaded.context.role)) throw new AppError("NOT_FOUND");
    throw new ExportRefusal("INVALID_STATE", "The award report exists once the evaluation is complete: every evaluator has submitted and the chair has completed the consensus."); // prettier-ignore
  }
  const { evaluation } = loaded;
  if (!mayReadEveryScore(evaluation.role)) throw new AppError("NOT_FOUND");
  const { tender } = evaluation;
  let model: Promise<DocumentModel> | undefined;
  const buildModel = async (now: Date) => {
    const [report, row] = await Promise.all([
      loadAwardReport(db, viewer, evaluation),
      db.tender.findFirstOrThrow({ where: { id: tender.id, organisationId: viewer.organisation.id }, select: { documentsLanguage: true } }), // prettier-ignore
    ]);
    return buildAwardReportDocument({
      tender: { reference: tender.reference, title: tender.title, currency: tender.currency },
      authority: viewer.organisation.name,
      view: evaluationView(evaluation.result),
      input: evaluation.input,
      decisions: evaluation.decisions,
      ...report,
      text: await loadDocumentText(documentsLocale(row.documentsLanguage)),
      createdAt: now.toISOString(),
    });
  };
  return {
    viewer,
    evaluation,
    baseName: (format) =>
      exportBaseName(tender.reference, tender.title, format === "json" ? "evaluation" : "award-report"),
    model: (now) => (model ??= buildModel(now)),
  };
}

/** The report in one format (JSON: the evaluation file). */
export async function renderAwardReport(
  source: AwardReportSource,
  format: ExportFormat,
  now: Date,
): Promise<RenderedDocument> {
  const { tender } = source.evaluation;
  if (format === "json") {
    const meta = { reference: tender.reference.slice(0, 30), title: tender.title.slice(0, 300), currency: tender.currency }; // prettier-ignore
    return jsonFile(evaluationFileOf(source.evaluation.input, meta, now.toISOString()), source.baseName(format));
  }
  return renderDocument(format, await source.model(now), source.baseName(format));
}
