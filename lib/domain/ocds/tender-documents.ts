import { EXPORT_FORMAT_FILES, EXPORT_FORMATS, type ExportFormat } from "@/lib/domain/documents/formats";
import type { OcdsDocumentInput } from "./ocds-input";

/**
 * Where anyone downloads a published tender's documents, without signing in:
 * `{PUBLIC_TENDER_DOCUMENTS_PATH}/{tenderId}?format=odt` (app/api/ocds/documents/[tenderId]).
 */
export const PUBLIC_TENDER_DOCUMENTS_PATH = "/api/ocds/documents";

/**
 * The documents of a published tender as OCDS lists them in tender.documents: the tender
 * documents in each export format, ODT first, as "biddingDocuments" (documentType codelist:
 * "documentation for potential suppliers, describing the goals of the contract and the bidding
 * process", which is what they hold: the contract, requirements, criteria, clauses and dates).
 * `format` is the IANA media type without parameters; the release gives their language.
 */
export function tenderDocuments(
  tenderId: string,
  baseUrl: string,
  titleOf: (format: ExportFormat) => string,
): OcdsDocumentInput[] {
  const base = baseUrl.replace(/\/+$/, "");
  return EXPORT_FORMATS.map((format) => ({
    id: `tender-documents-${format}`,
    documentType: "biddingDocuments",
    title: titleOf(format),
    url: `${base}${PUBLIC_TENDER_DOCUMENTS_PATH}/${encodeURIComponent(tenderId)}?format=${format}`,
    format: EXPORT_FORMAT_FILES[format].mediaType.split(";")[0]!.trim(),
  }));
}
