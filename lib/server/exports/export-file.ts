import "server-only";
import { randomUUID } from "node:crypto";
import type { DocumentModel, RenderedDocument } from "@/lib/domain/documents/document-model";
import { EXPORT_FORMAT_FILES, EXPORT_FORMATS, isExportFormat, type ExportFormat } from "@/lib/domain/documents/formats";
import { DOCUMENT_RENDERERS } from "@/lib/domain/documents/renderers";
import { isSpreadsheetFormat, SPREADSHEET_FORMATS, SPREADSHEET_RENDERERS, type SpreadsheetFormat } from "@/lib/domain/documents/spreadsheet-formats"; // prettier-ignore
import type { SpreadsheetModel } from "@/lib/domain/documents/spreadsheet-model";
import type { AppErrorCode } from "@/lib/errors";
import { errorResponse } from "@/lib/server/route";

/**
 * An expected refusal of an export with a message for whoever calls the route: the route
 * answers it as `{ error: { code, message } }` (AppError carries translation keys, not text).
 */
export class ExportRefusal extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ExportRefusal";
  }
}

/** The format asked for, or a clear refusal naming the formats there are. */
export function checkFormat(format: string): ExportFormat {
  if (!isExportFormat(format)) {
    throw new ExportRefusal("VALIDATION", `Unknown format "${format.slice(0, 20)}": use one of ${EXPORT_FORMATS.join(", ")}.`); // prettier-ignore
  }
  return format;
}

/** The spreadsheet format asked for (the price schedule), or a clear refusal naming the formats there are. */
export function checkSpreadsheetFormat(format: string): SpreadsheetFormat {
  if (!isSpreadsheetFormat(format)) {
    throw new ExportRefusal("VALIDATION", `Unknown format "${format.slice(0, 20)}": use one of ${SPREADSHEET_FORMATS.join(", ")}.`); // prettier-ignore
  }
  return format;
}

/** The model written out in a document format. */
export async function renderDocument(format: Exclude<ExportFormat, "json">, model: DocumentModel, baseName: string) {
  return writeWhole(format, () => DOCUMENT_RENDERERS[format](model, baseName));
}

/** The model written out in a spreadsheet format. */
export async function renderSpreadsheet(format: SpreadsheetFormat, model: SpreadsheetModel, baseName: string) {
  return writeWhole(format, () => SPREADSHEET_RENDERERS[format](model, baseName));
}

/**
 * Runs a renderer; if it fails midway, the error is logged with a reference and the caller gets
 * a refusal that says so in plain words. Nothing of the half-written file leaves this function:
 * the renderer's bytes exist only in its own memory until it returns them whole.
 */
export async function writeWhole(format: string, write: () => Promise<RenderedDocument>): Promise<RenderedDocument> {
  try {
    return await write();
  } catch (error) {
    const reference = randomUUID();
    console.error(`[export] the ${format} file could not be written, reference ${reference}`, error);
    throw new ExportRefusal(
      "INTERNAL",
      `The ${format.toUpperCase()} file could not be written, so nothing was sent. Try again; if it fails again, give your administrator the reference ${reference}.`,
    );
  }
}

/** Plain data as a JSON file: two-space indentation and a final line break, as the other JSON exports. */
export function jsonFile(value: unknown, baseName: string): RenderedDocument {
  return {
    bytes: new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`),
    mediaType: EXPORT_FORMAT_FILES.json.mediaType,
    fileName: `${baseName}.json`,
  };
}

/**
 * The finished file as a download. It is sent only once it was built whole in memory, so a
 * failure answers a JSON error and never half a file.
 */
export function downloadResponse(file: RenderedDocument): Response {
  const fileName = file.fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Content-Length": String(file.bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

/** A refusal as the route's JSON error; anything else goes on to defineRoute's handling. */
export function refusalResponse(error: unknown): Response {
  if (error instanceof ExportRefusal) return errorResponse(error.code, error.message);
  throw error;
}
