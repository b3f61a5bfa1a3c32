import { messageRef } from "@/lib/i18n/message-ref";
import {
  MAX_EVIDENCE_FILE_BYTES,
  MAX_EVIDENCE_FILES_PER_UPLOAD,
  MAX_EVIDENCE_NAME_LENGTH,
  MAX_EVIDENCE_UPLOAD_BYTES,
} from "./evidence-types";
import { identifyEvidenceFile } from "./identify-evidence-file";

/**
 * The checks on evidence files before they join a bid, with one message per problem naming the
 * file (message references under `problems.evidence`). The browser runs them before sending (the
 * sizes first, so it never reads a file far too large), and the server runs them again on what it
 * received.
 */

const MB = 1024 * 1024;
/** Sizes in messages, in MB with one decimal, rounded up: 10 MB and one byte is "10.1 MB", not "10 MB". */
const megabytes = (bytes: number) => Math.ceil((bytes / MB) * 10) / 10;

const problem = (code: string, values?: Record<string, string | number>) =>
  messageRef(`problems.evidence.${code}`, values);

/** The name kept with the file: no folders, no control characters, no spaces around it. */
export function evidenceFileName(name: string): string {
  const base = name
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim();
  return base === "" ? "evidence" : base;
}

/** Count, emptiness and sizes: what can be said without reading the files. */
export function checkEvidenceSizes(files: readonly { name: string; size: number }[]): string[] {
  if (files.length === 0) return [problem("noFiles")];
  const problems: string[] = [];
  if (files.length > MAX_EVIDENCE_FILES_PER_UPLOAD) {
    problems.push(problem("tooManyFiles", { count: files.length, max: MAX_EVIDENCE_FILES_PER_UPLOAD }));
  }
  for (const file of files) {
    const name = evidenceFileName(file.name);
    if (name.length > MAX_EVIDENCE_NAME_LENGTH) {
      problems.push(problem("nameTooLong", { name: `${name.slice(0, 40)}…`, max: MAX_EVIDENCE_NAME_LENGTH }));
    }
    if (file.size === 0) problems.push(problem("empty", { name }));
    else if (file.size > MAX_EVIDENCE_FILE_BYTES) {
      problems.push(problem("tooLarge", { name, size: megabytes(file.size), max: MAX_EVIDENCE_FILE_BYTES / MB }));
    }
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_EVIDENCE_UPLOAD_BYTES && files.every((file) => file.size <= MAX_EVIDENCE_FILE_BYTES)) {
    problems.push(problem("uploadTooLarge", { size: megabytes(total), max: MAX_EVIDENCE_UPLOAD_BYTES / MB }));
  }
  return problems;
}

export type AcceptedEvidence = { fileName: string; mediaType: string; bytes: Uint8Array };

export type EvidenceCheck = { ok: true; files: AcceptedEvidence[] } | { ok: false; problems: string[] };

/** Every check, on files read in full: the sizes, then each file's type from its content. */
export function checkEvidenceFiles(files: readonly { name: string; bytes: Uint8Array }[]): EvidenceCheck {
  const problems = checkEvidenceSizes(files.map((file) => ({ name: file.name, size: file.bytes.byteLength })));
  const accepted: AcceptedEvidence[] = [];
  for (const file of files) {
    // A file already refused for its size is not read as well: one message per file is enough.
    if (file.bytes.byteLength === 0 || file.bytes.byteLength > MAX_EVIDENCE_FILE_BYTES) continue;
    const name = evidenceFileName(file.name);
    const identified = identifyEvidenceFile(name, file.bytes);
    if (identified.ok) accepted.push({ fileName: name, mediaType: identified.type.mediaType, bytes: file.bytes });
    else {
      const { ok: _ok, code, ...values } = identified;
      problems.push(problem(code, { name, ...values }));
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files: accepted };
}
