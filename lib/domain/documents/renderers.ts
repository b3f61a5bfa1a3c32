import type { DocumentRenderer } from "./document-model";
import type { DocumentFormat } from "./formats";
import { renderDocx } from "./render-docx";
import { renderMarkdown } from "./render-markdown";
import { renderOdt } from "./render-odt";
import { renderPdf } from "./render-pdf";

/**
 * The renderer of each document format (JSON is written from the data, not from the model): a
 * format added here is offered everywhere (pages, routes, benchmark).
 */
export const DOCUMENT_RENDERERS: Record<DocumentFormat, DocumentRenderer> = {
  odt: renderOdt,
  docx: renderDocx,
  pdf: renderPdf,
  md: renderMarkdown,
};
