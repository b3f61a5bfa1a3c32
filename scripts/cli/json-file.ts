import { createTranslator } from "use-intl/core";
import type { z } from "zod";
import { parseMessageRef } from "../../lib/i18n/message-ref";
import en from "../../lib/i18n/messages/en.json";
import { issuePath } from "../../lib/schemas/bids-file";
import { firstInvalidUtf8Byte } from "./lint/input-file";
import { jsonErrorWithPlace } from "./lint/json-error";
import { readFileBytes } from "./read-file";

/**
 * Reading a command's JSON file (a bids file, an evaluation file) with a precise message for
 * everything that can be wrong: no such file, a folder, too large, not UTF-8, not JSON (with line
 * and column), another format or version, and every invalid value with its path in the file
 * (`bids[2].content.costLines[0].amountCents`), in the app's English wording.
 */

export type JsonFileResult<T> = { ok: true; file: T } | { ok: false; message: string };

/** Something wrong at a place in the file, `bids[0].scores[1]` ("" for the top level). */
export type FileIssue = { path: string; message: string };

/** What the file is, worded for the messages, and how to check it. */
export type JsonFileKind<T> = {
  /** The file with its article: "a bids file". */
  name: string;
  /** Its top-level fields, as listed in a message: `"format", "version" and "bids"`. */
  fields: string;
  format: string;
  version: number;
  schema: z.ZodType<T>;
  maxBytes: number;
  /** What follows "<path> is 51.2 MB; ": the limit and what to do. */
  tooLarge: string;
  /** What a listed issue is called: "invalid value", "problem" (the plural adds an s). */
  issue: string;
  /** The rules a well-formed file must also follow, with the whole of it at hand. */
  check?: (file: T) => FileIssue[];
};

/** At most this many issues are listed, then "… and N more". */
export const MAX_LISTED_ISSUES = 20;

export function readJsonFile<T>(path: string, kind: JsonFileKind<T>): JsonFileResult<T> {
  const read = readFileBytes(path, kind.maxBytes);
  if (!read.ok) {
    if (read.problem === "folder") return { ok: false, message: `${path} is a folder; give ${kind.name} (.json).` };
    if (read.problem === "unreadable") return { ok: false, message: `${path}: ${read.reason}` };
    const megabytes = (read.size / 1024 / 1024).toFixed(1);
    return { ok: false, message: `${path} is ${megabytes} MB; ${kind.tooLarge}` };
  }
  const invalid = firstInvalidUtf8Byte(read.bytes);
  if (invalid >= 0) {
    return { ok: false, message: `${path} is not UTF-8 text (at byte ${invalid}); ${kind.name} is JSON in UTF-8.` };
  }
  const text = new TextDecoder("utf-8").decode(read.bytes);
  const parsed = parseJsonFile(text.startsWith("\uFEFF") ? text.slice(1) : text, kind);
  return parsed.ok ? parsed : { ok: false, message: `${path} ${parsed.message}` };
}

/** The file in a text; a failure's message reads after the file's name. */
export function parseJsonFile<T>(text: string, kind: JsonFileKind<T>): JsonFileResult<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `is not valid JSON: ${jsonErrorWithPlace(text, error)}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, message: `is not ${kind.name}: it must be one JSON object with ${kind.fields}.` };
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== kind.format) {
    const found = format === undefined ? "has no format" : `says format ${JSON.stringify(format)}`;
    return { ok: false, message: `is not ${kind.name}: it ${found}; expected "format": "${kind.format}".` };
  }
  if (version !== kind.version) {
    return {
      ok: false,
      message: `is ${kind.name} of version ${JSON.stringify(version ?? null)}; this tender-commons reads version ${kind.version}.`,
    };
  }
  const result = kind.schema.safeParse(value);
  if (!result.success) {
    return listed(
      kind,
      result.error.issues.map((issue) => ({ path: issuePath(issue.path), message: english(issue.message) })),
    );
  }
  const issues = kind.check?.(result.data) ?? [];
  return issues.length > 0 ? listed(kind, issues) : { ok: true, file: result.data };
}

function listed(kind: Pick<JsonFileKind<unknown>, "issue">, issues: FileIssue[]): { ok: false; message: string } {
  const lines = issues
    .slice(0, MAX_LISTED_ISSUES)
    .map((issue) => `  at ${issue.path || "(top level)"}: ${issue.message}`);
  if (issues.length > MAX_LISTED_ISSUES) lines.push(`  … and ${issues.length - MAX_LISTED_ISSUES} more`);
  const count = issues.length === 1 ? `1 ${kind.issue}` : `${issues.length} ${kind.issue}s`;
  return { ok: false, message: [`has ${count}; nothing was computed:`, ...lines].join("\n") };
}

const t = createTranslator({ locale: "en", messages: en });

/** A message reference of a schema (`validation.tooLong?{"max":300}`) in English; zod's own text otherwise. */
export function english(message: string): string {
  const { key, values } = parseMessageRef(message);
  const known = key as Parameters<typeof t>[0];
  return /^[\w.]+$/.test(key) && t.has(known) ? t(known, values) : message;
}
