import { EVIDENCE_TYPES, type EvidenceType, type EvidenceTypeKey } from "./evidence-types";
import { firstZipEntry, startsLikeZip, zipEntryNames } from "./zip-entries";

/**
 * What a file is, from its content: the signature in its first bytes (PDF, PNG, JPEG, GIF, WebP,
 * TIFF, ZIP); for a ZIP file, the parts that make it an OpenDocument (its first entry, `mimetype`)
 * or a Word or Excel document (`word/document.xml`, `xl/workbook.xml`); otherwise text, if the
 * whole file is UTF-8 without control characters. The browser's type is never asked: it comes
 * from the file's name on the sender's computer.
 */

export type SniffedContent =
  | { kind: "type"; key: EvidenceTypeKey }
  /** UTF-8 text: its name says whether it is plain text, CSV or JSON. */
  | { kind: "text" }
  /** A Word or Excel document with macros (a vbaProject.bin part): code, not evidence. */
  | { kind: "macros" }
  | { kind: "unknown" };

const ODF_TYPES: Record<string, EvidenceTypeKey> = {
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/vnd.oasis.opendocument.presentation": "odp",
  "application/vnd.oasis.opendocument.graphics": "odg",
};

/** Where PDF readers look for the header: anywhere in the first 1024 bytes (ISO 32000-2, Annex H). */
const PDF_HEADER_WINDOW = 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);
}

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

function hasPdfHeader(bytes: Uint8Array): boolean {
  const header = ascii("%PDF-");
  const window = Math.min(bytes.length, PDF_HEADER_WINDOW) - header.length;
  for (let at = 0; at <= window; at++) if (startsWith(bytes, header, at)) return true;
  return false;
}

function sniffZip(bytes: Uint8Array): SniffedContent {
  const first = firstZipEntry(bytes);
  if (first?.name === "mimetype" && first.storedText !== null) {
    const key = ODF_TYPES[first.storedText.trim()];
    return key ? { kind: "type", key } : { kind: "unknown" };
  }
  const names = zipEntryNames(bytes);
  if (!names || !names.includes("[Content_Types].xml")) return { kind: "unknown" };
  if (names.some((name) => name.endsWith("vbaProject.bin"))) return { kind: "macros" };
  if (names.includes("word/document.xml")) return { kind: "type", key: "docx" };
  if (names.includes("xl/workbook.xml")) return { kind: "type", key: "xlsx" };
  return { kind: "unknown" };
}

/** UTF-8 (with or without a byte-order mark), and no control character but tab, line breaks and form feed. */
function isText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000e-\u001f]/.test(text);
}

export function sniffContent(bytes: Uint8Array): SniffedContent {
  if (hasPdfHeader(bytes)) return { kind: "type", key: "pdf" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: "type", key: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: "type", key: "jpeg" };
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return { kind: "type", key: "gif" };
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return { kind: "type", key: "webp" };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { kind: "type", key: "tiff" };
  }
  if (startsLikeZip(bytes)) return sniffZip(bytes);
  return isText(bytes) ? { kind: "text" } : { kind: "unknown" };
}

/** The file name's ending, lower case, without the dot; "" when it has none. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

export type IdentifiedEvidence =
  | { ok: true; type: EvidenceType }
  | { ok: false; code: "typeNotAccepted" | "macros" | "notJson" }
  /** A text file named otherwise than .txt, .csv, .json…: `extensions` lists the endings allowed. */
  | { ok: false; code: "textExtension"; extensions: string }
  | { ok: false; code: "extensionMismatch"; type: string; extensions: string };

const TEXT_TYPES: readonly EvidenceTypeKey[] = ["text", "csv", "json"];

const endings = (keys: readonly EvidenceTypeKey[]) =>
  keys.flatMap((key) => EVIDENCE_TYPES[key].extensions.map((extension) => `.${extension}`)).join(", ");

/**
 * The type of an evidence file, from its content, and whether its name agrees: a PDF must be
 * named .pdf, so nobody downloads "report.docx" to find a PDF, or "notes.html" to run a web page.
 */
export function identifyEvidenceFile(name: string, bytes: Uint8Array): IdentifiedEvidence {
  const sniffed = sniffContent(bytes);
  if (sniffed.kind === "unknown") return { ok: false, code: "typeNotAccepted" };
  if (sniffed.kind === "macros") return { ok: false, code: "macros" };
  const extension = fileExtension(name);
  if (sniffed.kind === "text") {
    const key = TEXT_TYPES.find((candidate) =>
      (EVIDENCE_TYPES[candidate].extensions as readonly string[]).includes(extension),
    );
    if (!key) return { ok: false, code: "textExtension", extensions: endings(TEXT_TYPES) };
    if (key === "json" && !isJson(bytes)) return { ok: false, code: "notJson" };
    return { ok: true, type: EVIDENCE_TYPES[key] };
  }
  const type: EvidenceType = EVIDENCE_TYPES[sniffed.key];
  if (!type.extensions.includes(extension)) {
    return { ok: false, code: "extensionMismatch", type: type.label, extensions: endings([sniffed.key]) };
  }
  return { ok: true, type };
}

function isJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder("utf-8").decode(bytes));
    return true;
  } catch {
    return false;
  }
}
