import { createTranslator } from "use-intl/core";
import {
  BIDS_FILE_FORMAT,
  BIDS_FILE_VERSION,
  bidsFileSchema,
  issuePath,
  type BidsFile,
} from "../../../lib/schemas/bids-file";
import { parseMessageRef } from "../../../lib/i18n/message-ref";
import en from "../../../lib/i18n/messages/en.json";
import { firstInvalidUtf8Byte } from "../lint/input-file";
import { readFileBytes } from "../read-file";
import { jsonErrorWithPlace } from "../lint/json-error";

/**
 * Reading a bids file (docs/bids-file.md) for `tender-commons tco`, with a precise message for
 * everything that can be wrong: no such file, a folder, too large, not UTF-8, not JSON (with line
 * and column), another format or version, and every invalid value with its path in the file
 * (`bids[2].content.costLines[0].amountCents`), in the app's English wording.
 */

/** 200 bids with 500 components each is about 30 MB; beyond 50 MB the file is not a tender's bids. */
export const MAX_BIDS_FILE_BYTES = 50 * 1024 * 1024;
/** The number of invalid values listed before "… and N more". */
export const MAX_LISTED_ISSUES = 20;

export type BidsFileResult = { ok: true; file: BidsFile } | { ok: false; message: string };

export function readBidsFile(path: string): BidsFileResult {
  const read = readFileBytes(path, MAX_BIDS_FILE_BYTES);
  if (!read.ok) {
    if (read.problem === "folder") return { ok: false, message: `${path} is a folder; give a bids file (.json).` };
    if (read.problem === "unreadable") return { ok: false, message: `${path}: ${read.reason}` };
    const megabytes = (read.size / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      message: `${path} is ${megabytes} MB; tender-commons tco reads bids files of up to 50 MB. Split the bids over several files.`,
    };
  }
  const bytes = read.bytes;
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid >= 0) {
    return { ok: false, message: `${path} is not UTF-8 text (at byte ${invalid}); a bids file is JSON in UTF-8.` };
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  const parsed = parseBidsFile(text.startsWith("\uFEFF") ? text.slice(1) : text);
  return parsed.ok ? parsed : { ok: false, message: `${path} ${parsed.message}` };
}

/** The bids file in a text; a failure's message reads after the file's name. */
export function parseBidsFile(text: string): BidsFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `is not valid JSON: ${jsonErrorWithPlace(text, error)}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      ok: false,
      message: `is not a bids file: it must be one JSON object with "format", "version" and "bids".`,
    };
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== BIDS_FILE_FORMAT) {
    const found = format === undefined ? "has no format" : `says format ${JSON.stringify(format)}`;
    return { ok: false, message: `is not a bids file: it ${found}; expected "format": "${BIDS_FILE_FORMAT}".` };
  }
  if (version !== BIDS_FILE_VERSION) {
    return {
      ok: false,
      message: `is a bids file of version ${JSON.stringify(version ?? null)}; this tender-commons reads version ${BIDS_FILE_VERSION}.`,
    };
  }
  const result = bidsFileSchema.safeParse(value);
  if (result.success) return { ok: true, file: result.data };
  const issues = result.error.issues;
  const lines = issues
    .slice(0, MAX_LISTED_ISSUES)
    .map((issue) => `  at ${issuePath(issue.path) || "(top level)"}: ${english(issue.message)}`);
  if (issues.length > MAX_LISTED_ISSUES) lines.push(`  … and ${issues.length - MAX_LISTED_ISSUES} more`);
  const count = issues.length === 1 ? "1 invalid value" : `${issues.length} invalid values`;
  return { ok: false, message: [`has ${count}; nothing was computed:`, ...lines].join("\n") };
}

const t = createTranslator({ locale: "en", messages: en });

/** A message reference of the bid schema (`validation.tooLong?{"max":300}`) in English; zod's own text otherwise. */
export function english(message: string): string {
  const { key, values } = parseMessageRef(message);
  const known = key as Parameters<typeof t>[0];
  return /^[\w.]+$/.test(key) && t.has(known) ? t(known, values) : message;
}
