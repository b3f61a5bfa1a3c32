import "server-only";
import { createTranslator } from "use-intl/core";
import type { RenderedDocument } from "@/lib/domain/documents/document-model";
import { exportBaseName } from "@/lib/domain/documents/file-name";
import { buildPriceSchedule } from "@/lib/domain/documents/price-schedule";
import { priceScheduleLabels } from "@/lib/domain/documents/price-schedule-labels";
import type { SpreadsheetFormat } from "@/lib/domain/documents/spreadsheet-formats";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { getTender } from "@/lib/server/tenders/get-tender";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { documentsLocale, loadMessages } from "./document-text";
import { renderSpreadsheet } from "./export-file";

/**
 * The price schedule annex for bidders (docs/exports.md): a workbook whose first sheet is the bid
 * import's CSV format with a row per lot, cost category and year of this tender's cost period, in
 * the tender's documents language, like the documents it is annexed to. The tender is read the
 * way its pages read it (getTender), so whoever cannot open the tender gets NOT_FOUND. Nothing of
 * any bid is read.
 */
export async function exportPriceSchedule(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
  format: SpreadsheetFormat,
  options: { now: Date },
): Promise<RenderedDocument> {
  return priceScheduleFile(await getTender(db, viewer, tenderId), viewer.organisation.name, format, options.now);
}

/** The price schedule of a tender already read for the viewer (the ZIP of all documents reuses it). */
export async function priceScheduleFile(
  tender: TenderDto,
  authorityName: string,
  format: SpreadsheetFormat,
  now: Date,
): Promise<RenderedDocument> {
  const language = documentsLocale(tender.documentsLanguage);
  const messages = await loadMessages(language);
  const onError = (error: Error) => {
    throw error;
  };
  // Raw: the labels keep their {placeholders}, which the builder fills in.
  const translate = createTranslator({ locale: language, messages, onError });
  const labels = priceScheduleLabels((key) => String(translate.raw(key as never)));
  const model = buildPriceSchedule({ ...tender, authorityName }, labels, {
    createdAt: now.toISOString(),
    language,
  });
  return renderSpreadsheet(format, model, exportBaseName(tender.reference, tender.title, "price-schedule"));
}
