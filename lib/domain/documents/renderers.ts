import type { DocumentRenderer } from "./document-model";
import type { DocumentFormat, ExportFormat } from "./formats";
import { renderMarkdown } from "./render-markdown";

/**
 * The renderer of each document format. A format without one is listed on the export pages as
 * not available yet, and its download answers 400; adding its renderer here is all it takes to
 * offer it everywhere (pages, routes, benchmark).
 */
export const DOCUMENT_RENDERERS: Partial<Record<DocumentFormat, DocumentRenderer>> = {
  md: renderMarkdown,
  // odt: renderOdt, docx: renderDocx, pdf: renderPdf (render-odt.ts, render-docx.ts, render-pdf.ts)
};

/** JSON is always available: it is written from the data, not rendered from the model. */
export function isFormatAvailable(format: ExportFormat): boolean {
  return format === "json" || DOCUMENT_RENDERERS[format] !== undefined;
}
