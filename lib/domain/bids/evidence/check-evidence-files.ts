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

/** What concerns all the files sent at once: at least one, not too many, not too large together. */
export function uploadProblems(files: readonly { size: number }[]): string[] {
  if (files.length === 0) return [problem("noFiles")];
  const problems: string[] = [];
  if (files.length > MAX_EVIDENCE_FILES_PER_UPLOAD) {
    problems.push(problem("tooManyFiles", { count: files.length, max: MAX_EVIDENCE_FILES_PER_UPLOAD }));
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  // A file too large on its own is named by its own message; the total would only repeat it.
  if (total > MAX_EVIDENCE_UPLOAD_BYTES && files.every((file) => file.size <= MAX_EVIDENCE_FILE_BYTES)) {
    problems.push(problem("uploadTooLarge", { size: megabytes(total), max: MAX_EVIDENCE_UPLOAD_BYTES / MB }));
  }
  return problems;
}

/** One file's name and size: what can be said without reading it. */
export function fileSizeProblems(file: { name: string; size: number }): string[] {
  const name = evidenceFileName(file.name);
  const problems: string[] = [];
  if (name.length > MAX_EVIDENCE_NAME_LENGTH) {
    problems.push(problem("nameTooLong", { name: `${name.slice(0, 40)}…`, max: MAX_EVIDENCE_NAME_LENGTH }));
  }
  if (file.size === 0) problems.push(problem("empty", { name }));
  else if (file.size > MAX_EVIDENCE_FILE_BYTES) {
    problems.push(problem("tooLarge", { name, size: megabytes(file.size), max: MAX_EVIDENCE_FILE_BYTES / MB }));
  }
  return problems;
}

/** Everything that can be said without reading the files, so a browser never reads one far too large. */
export function checkEvidenceSizes(files: readonly { name: string; size: number }[]): string[] {
  return [...uploadProblems(files), ...files.flatMap(fileSizeProblems)];
}

export type AcceptedEvidence<Bytes extends Uint8Array = Uint8Array> = {
  fileName: string;
  mediaType: string;
  bytes: Bytes;
};

export type EvidenceCheck<Bytes extends Uint8Array = Uint8Array> =
  { ok: true; files: AcceptedEvidence<Bytes>[] } | { ok: false; problems: string[] };

/** One file read in full: its name and size, then its type from its content. */
export function checkEvidenceFile<Bytes extends Uint8Array>(file: {
  name: string;
  bytes: Bytes;
}): { ok: true; file: AcceptedEvidence<Bytes> } | { ok: false; problems: string[] } {
  const sizeProblems = fileSizeProblems({ name: file.name, size: file.bytes.byteLength });
  // A file refused for its size is not read as well: one message per file is enough.
  if (sizeProblems.length > 0) return { ok: false, problems: sizeProblems };
  const name = evidenceFileName(file.name);
  const identified = identifyEvidenceFile(name, file.bytes);
  if (identified.ok)
    return { ok: true, file: { fileName: name, mediaType: identified.type.mediaType, bytes: file.bytes } };
  const { ok: _ok, code, ...values } = identified;
  return { ok: false, problems: [problem(code, { name, ...values })] };
}

/** Every check on files sent together, read in full: the upload's limits, then each file. */
export function checkEvidenceFiles<Bytes extends Uint8Array>(
  files: readonly { name: string; bytes: Bytes }[],
): EvidenceCheck<Bytes> {
  const problems = uploadProblems(files.map((file) => ({ size: file.bytes.byteLength })));
  const accepted: AcceptedEvidence<Bytes>[] = [];
  for (const file of files) {
    const checked = checkEvidenceFile(file);
    if (checked.ok) accepted.push(checked.file);
    else problems.push(...checked.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files: accepted };
}
