import "server-only";
import type { DocumentModel, RenderedDocument } from "@/lib/domain/documents/document-model";
import { EXPORT_FORMAT_FILES, EXPORT_FORMATS, isExportFormat, type ExportFormat } from "@/lib/domain/documents/formats";
import { DOCUMENT_RENDERERS } from "@/lib/domain/documents/renderers";
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

/** The model written out in a document format. */
export async function renderDocument(format: Exclude<ExportFormat, "json">, model: DocumentModel, baseName: string) {
  return DOCUMENT_RENDERERS[format](model, baseName);
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
