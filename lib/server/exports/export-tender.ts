import "server-only";
import type { RenderedDocument } from "@/lib/domain/documents/document-model";
import { exportBaseName } from "@/lib/domain/documents/file-name";
import type { ExportFormat } from "@/lib/domain/documents/formats";
import { buildTenderDocument, type TenderDocumentInput } from "@/lib/domain/documents/tender-document";
import { buildTenderJson, TENDER_EXPORT_SCHEMA_PATH } from "@/lib/domain/documents/tender-json";
import type { CpvEntry } from "@/lib/domain/cpv/parse-cpv-csv";
import type { Viewer } from "@/lib/server/auth/viewer";
import { getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import { findCpv } from "@/lib/server/cpv/cpv-index";
import type { DbClient } from "@/lib/server/db";
import { getTender } from "@/lib/server/tenders/get-tender";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { documentsLocale, loadDocumentText } from "./document-text";
import { jsonFile, renderDocument } from "./export-file";

/**
 * The tender documents in one format, built whole in memory. The tender is read the way its pages
 * read it (getTender: the viewer's organisation, `tender.view`), so whoever cannot open the tender
 * gets NOT_FOUND. Bids are not read at all: nothing of a bid, sealed or opened, is in the
 * documents.
 */
export async function exportTender(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
  format: ExportFormat,
  options: { origin: string; now: Date },
): Promise<RenderedDocument> {
  return writeTenderDocuments(db, await getTender(db, viewer, tenderId), viewer.organisation.name, format, options);
}

/**
 * The documents of a tender already read by whoever decided it may be exported (the viewer's
 * read above, or the open-data rule of export-published-tender.ts), in its documents language.
 */
export async function writeTenderDocuments(
  db: DbClient,
  tender: TenderDto,
  authority: string,
  format: ExportFormat,
  options: { origin: string; now: Date },
): Promise<RenderedDocument> {
  const codes = [tender.mainCpv, ...tender.additionalCpvs, ...tender.lots.map((lot) => lot.cpv)];
  const cpv = new Map<string, CpvEntry>();
  for (const code of codes) {
    const entry = code ? findCpv(code) : undefined;
    if (entry) cpv.set(entry.code8, entry);
  }
  const input: Omit<TenderDocumentInput, "text"> = {
    tender,
    authority,
    clauseDefinitions: await getChosenClauseVersions(db, tender.clauses),
    cpv,
    createdAt: options.now.toISOString(),
  };
  const language = documentsLocale(tender.documentsLanguage);
  const baseName = exportBaseName(tender.reference, tender.title);
  if (format === "json") {
    return jsonFile(buildTenderJson(input, language, `${options.origin}${TENDER_EXPORT_SCHEMA_PATH}`), baseName);
  }
  const model = buildTenderDocument({ ...input, text: await loadDocumentText(language) });
  return renderDocument(format, model, baseName);
}
