import "server-only";
import type { RenderedDocument } from "@/lib/domain/documents/document-model";
import type { ExportFormat } from "@/lib/domain/documents/formats";
import { AppError } from "@/lib/errors";
import type { DbClient } from "@/lib/server/db";
import { isPublishedProcess } from "@/lib/server/ocds/published-processes";
import { TENDER_SELECT, toTenderDto } from "@/lib/server/tenders/tender-dto";
import { writeTenderDocuments } from "./export-tender";

/**
 * The tender documents of a published tender, for anyone, without signing in: they are what the
 * authority publishes, and OCDS lists their address (docs/ocds.md). Public exactly when the
 * tender's release is (isPublishedProcess: published, in evaluation, awarded, or cancelled after
 * publication); a draft, a tender in review or approved, or an unknown id is not found. The
 * documents hold nothing of any bid, sealed or opened.
 */
export async function exportPublishedTender(
  db: DbClient,
  tenderId: string,
  format: ExportFormat,
  options: { origin: string; now: Date },
): Promise<RenderedDocument> {
  if (!(await isPublishedProcess(db, tenderId))) throw new AppError("NOT_FOUND");
  const row = await db.tender.findUnique({
    where: { id: tenderId },
    select: { ...TENDER_SELECT, organisation: { select: { name: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const { organisation, ...tender } = row;
  return writeTenderDocuments(db, toTenderDto(tender), organisation.name, format, options);
}
