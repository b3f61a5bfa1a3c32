import "server-only";
import { buildAwardReportDocument } from "@/lib/domain/documents/award-report";
import type { RenderedDocument } from "@/lib/domain/documents/document-model";
import { exportBaseName } from "@/lib/domain/documents/file-name";
import type { ExportFormat } from "@/lib/domain/documents/formats";
import { evaluationView } from "@/lib/domain/evaluation/evaluation-view";
import { AppError } from "@/lib/errors";
import { evaluationFileOf } from "@/lib/schemas/evaluation-file";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { loadAwardReport } from "@/lib/server/evaluation/load-award-report";
import { loadEvaluation } from "@/lib/server/evaluation/load-evaluation";
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
  const baseName = exportBaseName(tender.reference, tender.title, format === "json" ? "evaluation" : "award-report");
  let file: RenderedDocument;
  if (format === "json") {
    const meta = { reference: tender.reference.slice(0, 30), title: tender.title.slice(0, 300), currency: tender.currency }; // prettier-ignore
    file = jsonFile(evaluationFileOf(evaluation.input, meta, options.now.toISOString()), baseName);
  } else {
    const [report, row] = await Promise.all([
      loadAwardReport(db, viewer, evaluation),
      db.tender.findFirstOrThrow({ where: { id: tender.id, organisationId: viewer.organisation.id }, select: { documentsLanguage: true } }), // prettier-ignore
    ]);
    const model = buildAwardReportDocument({
      tender: { reference: tender.reference, title: tender.title, currency: tender.currency },
      authority: viewer.organisation.name,
      view: evaluationView(evaluation.result),
      input: evaluation.input,
      decisions: evaluation.decisions,
      ...report,
      text: await loadDocumentText(documentsLocale(row.documentsLanguage)),
      createdAt: options.now.toISOString(),
    });
    file = await renderDocument(format, model, baseName);
  }
  await recordAuditEvent(db, {
    actor: { userId: viewer.userId, email: viewer.email },
    organisationId: viewer.organisation.id,
    action: "evaluation.report_exported",
    entityType: "Tender",
    entityId: tender.id,
    after: { tenderId: tender.id, format, fileName: file.fileName, bytes: file.bytes.byteLength },
  });
  return file;
}
