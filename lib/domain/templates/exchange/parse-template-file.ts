import type { z } from "zod";
import { messageRef } from "@/lib/i18n/message-ref";
import { issuePath } from "@/lib/schemas/bids-file";
import {
  MAX_TEMPLATE_FILE_CHARACTERS,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_VERSION,
  templateFileSchema,
  type TemplateFile,
} from "@/lib/schemas/template-exchange";

/**
 * One reason a template file is refused: where (the JSON path, `content.requirements[2].text`;
 * null for the file as a whole) and what, as a message reference under `templates.import`.
 */
export type TemplateFileProblem = { path: string | null; message: string };

export type TemplateFileResult = { ok: true; file: TemplateFile } | { ok: false; problems: TemplateFileProblem[] };

/** Enough to fix a file in one go without flooding the page when someone uploads the wrong thing. */
export const MAX_REPORTED_PROBLEMS = 100;

/**
 * Reads an exchange file (lib/schemas/template-exchange.ts) as text: too big, not JSON (with the
 * line and column where reading stopped), not a template file, a format version this instance
 * does not read, and then every schema problem at its path. Text is never interpreted: a
 * `<script>` in a requirement stays characters in a string, and Markdown is rendered without
 * raw HTML wherever it is shown. Whether the clauses exist in this instance's library, and the
 * name is free, is for the importer to say (it knows the database).
 */
export function parseTemplateFile(text: string): TemplateFileResult {
  if (text.length > MAX_TEMPLATE_FILE_CHARACTERS) {
    return refuse(null, messageRef("templates.import.problems.tooLarge", { max: MAX_TEMPLATE_FILE_CHARACTERS }));
  }
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const at = errorPosition(error, text);
    return refuse(
      null,
      at
        ? messageRef("templates.import.problems.jsonInvalidAt", at)
        : messageRef("templates.import.problems.jsonInvalid"),
    );
  }
  const header = document as { format?: unknown; formatVersion?: unknown } | null;
  if (
    typeof header !== "object" ||
    header === null ||
    Array.isArray(header) ||
    header.format !== TEMPLATE_FILE_FORMAT
  ) {
    return refuse("format", messageRef("templates.import.problems.notTemplateFile", { format: TEMPLATE_FILE_FORMAT }));
  }
  if (header.formatVersion !== TEMPLATE_FILE_VERSION) {
    const values = { version: String(header.formatVersion ?? "?"), supported: TEMPLATE_FILE_VERSION };
    return refuse("formatVersion", messageRef("templates.import.problems.versionUnsupported", values));
  }
  // reportInput: to tell a missing field from one of the wrong type (the input itself is never shown).
  const parsed = templateFileSchema.safeParse(document, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.slice(0, MAX_REPORTED_PROBLEMS).map(issueProblem) };
  }
  return { ok: true, file: parsed.data };
}

function refuse(path: string | null, message: string): TemplateFileResult {
  return { ok: false, problems: [{ path, message }] };
}

/** V8 says "… at position 42" (and newer ones "(line 3 column 7)"): as a line and column people can find. */
function errorPosition(error: unknown, text: string): { line: number; column: number } | null {
  const message = error instanceof Error ? error.message : "";
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  const before = text.replace(/^\uFEFF/, "").slice(0, Number(position[1]));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

const KEYED_MESSAGE = /^[a-zA-Z]+(\.[a-zA-Z0-9]+)+(\?.*)?$/;

/** A zod issue as the person fixing the file reads it: the path, and what was expected there. */
export function issueProblem(issue: z.core.$ZodIssue): TemplateFileProblem {
  const path = issuePath(issue.path) || null;
  if (KEYED_MESSAGE.test(issue.message)) return { path, message: issue.message };
  const at = (code: string, values?: Record<string, string | number>) => ({
    path,
    message: messageRef(`templates.import.issues.${code}`, values),
  });
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? at("missing") : at("wrongType", { expected: issue.expected });
    case "too_big":
      if (issue.origin === "string") return at("tooLong", { max: Number(issue.maximum) });
      if (issue.origin === "array") return at("tooMany", { max: Number(issue.maximum) });
      return at("tooLarge", { max: Number(issue.maximum) });
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1 ? at("empty") : at("tooShort", { min: Number(issue.minimum) });
      if (issue.origin === "array") return at("tooFew", { min: Number(issue.minimum) });
      return at("tooSmall", { min: Number(issue.minimum) });
    case "invalid_value":
      return at("notOneOf", { values: issue.values.map((value) => String(value)).join(", ") });
    case "unrecognized_keys":
      return at("unknownFields", { fields: issue.keys.join(", ") });
    case "invalid_format":
      return at("invalidFormat", { format: issue.format });
    case "invalid_key":
      return at("invalidKey");
    default:
      return at("invalid");
  }
}
