import { SOVEREIGNTY_OBJECTIVES, type SovereigntyObjective } from "@/lib/domain/tender/sovereignty";

/**
 * The files a bid's evidence may be (its sovereignty self-assessment's attachments), and how much
 * of it can be added at once. The type is decided from the file's content (identify-evidence-file.ts),
 * never from what the browser or the file's name says; the name must then agree with it.
 */

const MB = 1024 * 1024;

/** Each file: a signed certificate, a scanned statement, a spreadsheet of data centres. */
export const MAX_EVIDENCE_FILE_BYTES = 10 * MB;
/**
 * All files of one upload together. Server actions accept bodies of up to 12 MB (next.config.ts):
 * 10 MB of files leaves room for the rest of the request. More is added in several goes.
 */
export const MAX_EVIDENCE_UPLOAD_BYTES = 10 * MB;
export const MAX_EVIDENCE_FILES_PER_UPLOAD = 10;
/** Far more than a bid's self-assessment needs; keeps a sealed bid from growing without end. */
export const MAX_ATTACHMENTS_PER_BID = 100;
export const MAX_EVIDENCE_NAME_LENGTH = 200;

/** The objective evidence supports, or GENERAL for evidence of the self-assessment as a whole. */
export const EVIDENCE_OBJECTIVES = [...SOVEREIGNTY_OBJECTIVES, "GENERAL"] as const;
export type EvidenceObjective = SovereigntyObjective | "GENERAL";

/** How BidAttachment.objective stores it: null for general evidence. */
export function storedObjective(objective: EvidenceObjective): SovereigntyObjective | null {
  return objective === "GENERAL" ? null : objective;
}

export type EvidenceType = {
  mediaType: string;
  /** The name people know the format by, the same in every language (PDF, DOCX…). */
  label: string;
  /** Endings a file of this type may have (lower case, without the dot); the first is the usual one. */
  extensions: readonly string[];
};

export const EVIDENCE_TYPES = {
  pdf: { mediaType: "application/pdf", label: "PDF", extensions: ["pdf"] },
  odt: { mediaType: "application/vnd.oasis.opendocument.text", label: "ODT", extensions: ["odt"] },
  ods: { mediaType: "application/vnd.oasis.opendocument.spreadsheet", label: "ODS", extensions: ["ods"] },
  odp: { mediaType: "application/vnd.oasis.opendocument.presentation", label: "ODP", extensions: ["odp"] },
  odg: { mediaType: "application/vnd.oasis.opendocument.graphics", label: "ODG", extensions: ["odg"] },
  docx: {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "DOCX",
    extensions: ["docx"],
  },
  xlsx: {
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    label: "XLSX",
    extensions: ["xlsx"],
  },
  png: { mediaType: "image/png", label: "PNG", extensions: ["png"] },
  jpeg: { mediaType: "image/jpeg", label: "JPEG", extensions: ["jpg", "jpeg"] },
  gif: { mediaType: "image/gif", label: "GIF", extensions: ["gif"] },
  webp: { mediaType: "image/webp", label: "WebP", extensions: ["webp"] },
  tiff: { mediaType: "image/tiff", label: "TIFF", extensions: ["tif", "tiff"] },
  text: { mediaType: "text/plain", label: "TXT", extensions: ["txt", "text", "md", "log"] },
  csv: { mediaType: "text/csv", label: "CSV", extensions: ["csv"] },
  json: { mediaType: "application/json", label: "JSON", extensions: ["json"] },
} as const satisfies Record<string, EvidenceType>;

export type EvidenceTypeKey = keyof typeof EVIDENCE_TYPES;

/** For the file input's `accept`: a hint to the browser's file picker, never a check. */
export const EVIDENCE_ACCEPT = Object.values(EVIDENCE_TYPES)
  .flatMap((type) => type.extensions.map((extension) => `.${extension}`))
  .join(",");
