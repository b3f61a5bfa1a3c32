/**
 * The export formats, in the order the export pages offer them: ODT first, the open standard
 * (ISO/IEC 26300) the EU's interoperability rules favour; then DOCX and PDF for those who need
 * them; Markdown for version control and publishing; JSON for machines. The documents (not the
 * JSON) are written by one renderer each (renderers.ts).
 */
export const EXPORT_FORMATS = ["odt", "docx", "pdf", "md", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The formats written from the document model; JSON is written from the data itself. */
export type DocumentFormat = Exclude<ExportFormat, "json">;

export const EXPORT_FORMAT_FILES: Record<ExportFormat, { extension: string; mediaType: string }> = {
  odt: { extension: "odt", mediaType: "application/vnd.oasis.opendocument.text" },
  docx: { extension: "docx", mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  pdf: { extension: "pdf", mediaType: "application/pdf" },
  md: { extension: "md", mediaType: "text/markdown; charset=utf-8" },
  json: { extension: "json", mediaType: "application/json; charset=utf-8" },
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && (EXPORT_FORMATS as readonly string[]).includes(value);
}
