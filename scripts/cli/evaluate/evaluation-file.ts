import { createTranslator } from "use-intl/core";
import { checkEvaluationInput } from "../../../lib/domain/evaluation/input-check";
import type { Problem } from "../../../lib/domain/tender/problem";
import en from "../../../lib/i18n/messages/en.json";
import { issuePath } from "../../../lib/schemas/bids-file";
import {
  EVALUATION_FILE_FORMAT,
  EVALUATION_FILE_VERSION,
  evaluationFileSchema,
  evaluationInputOf,
  type EvaluationFile,
} from "../../../lib/schemas/evaluation-file";
import { firstInvalidUtf8Byte } from "../lint/input-file";
import { jsonErrorWithPlace } from "../lint/json-error";
import { readFileBytes } from "../read-file";
import { english } from "../tco/bids-file";

/**
 * Reading an evaluation file (docs/evaluation-file.md) for `tender-commons evaluate`, with a
 * precise message for everything that can be wrong, in two rounds: the shape of every value
 * (the schema: `bids[2].scores[0].evaluations[1].justification: Enter this`), then, on a
 * well-formed file, the rules that need the whole of it (checkEvaluationInput, the same check the
 * app runs: `bids[0].scores[1].consensus: … no consensus is recorded …`).
 */

/** 200 bids × 30 criteria × 10 evaluators with short justifications is about 15 MB. */
export const MAX_EVALUATION_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_LISTED_PROBLEMS = 20;

export type EvaluationFileResult = { ok: true; file: EvaluationFile } | { ok: false; message: string };

export function readEvaluationFile(path: string): EvaluationFileResult {
  const read = readFileBytes(path, MAX_EVALUATION_FILE_BYTES);
  if (!read.ok) {
    if (read.problem === "folder")
      return { ok: false, message: `${path} is a folder; give an evaluation file (.json).` };
    if (read.problem === "unreadable") return { ok: false, message: `${path}: ${read.reason}` };
    const megabytes = (read.size / 1024 / 1024).toFixed(1);
    return { ok: false, message: `${path} is ${megabytes} MB; tender-commons evaluate reads files of up to 100 MB.` };
  }
  const bytes = read.bytes;
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid >= 0) {
    return {
      ok: false,
      message: `${path} is not UTF-8 text (at byte ${invalid}); an evaluation file is JSON in UTF-8.`,
    };
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  const parsed = parseEvaluationFile(text.startsWith("\uFEFF") ? text.slice(1) : text);
  return parsed.ok ? parsed : { ok: false, message: `${path} ${parsed.message}` };
}

/** The evaluation file in a text; a failure's message reads after the file's name. */
export function parseEvaluationFile(text: string): EvaluationFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `is not valid JSON: ${jsonErrorWithPlace(text, error)}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      ok: false,
      message: `is not an evaluation file: it must be one JSON object with "format", "version", "award" and "bids".`,
    };
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== EVALUATION_FILE_FORMAT) {
    const found = format === undefined ? "has no format" : `says format ${JSON.stringify(format)}`;
    return {
      ok: false,
      message: `is not an evaluation file: it ${found}; expected "format": "${EVALUATION_FILE_FORMAT}".`,
    };
  }
  if (version !== EVALUATION_FILE_VERSION) {
    return {
      ok: false,
      message: `is an evaluation file of version ${JSON.stringify(version ?? null)}; this tender-commons reads version ${EVALUATION_FILE_VERSION}.`,
    };
  }
  const result = evaluationFileSchema.safeParse(value);
  if (!result.success) {
    return listed(
      result.error.issues.map((issue) => ({ path: issuePath(issue.path), message: english(issue.message) })),
    );
  }
  const problems = checkEvaluationInput(evaluationInputOf(result.data)).filter(
    (problem) => problem.severity !== "warning",
  );
  if (problems.length > 0)
    return listed(problems.map((problem) => ({ path: filePath(problem.path), message: problemMessage(problem) })));
  return { ok: true, file: result.data };
}

function listed(issues: { path: string; message: string }[]): EvaluationFileResult {
  const lines = issues
    .slice(0, MAX_LISTED_PROBLEMS)
    .map((issue) => `  at ${issue.path || "(top level)"}: ${issue.message}`);
  if (issues.length > MAX_LISTED_PROBLEMS) lines.push(`  … and ${issues.length - MAX_LISTED_PROBLEMS} more`);
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  return { ok: false, message: [`has ${count}; nothing was computed:`, ...lines].join("\n") };
}

const t = createTranslator({ locale: "en", messages: en });

/** A problem of the award (`criteria.*`, worded for the criteria form) or of the evaluation, in English. */
export function problemMessage(problem: Problem): string {
  const key = problem.code.startsWith("criteria.") ? `validation.${problem.code}` : `problems.${problem.code}`;
  const known = key as Parameters<typeof t>[0];
  return t.has(known) ? t(known, problem.values) : problem.code;
}

/** `bids.2.scores.0.consensus` → `bids[2].scores[0].consensus`, the file's own notation. */
export function filePath(path: string | undefined): string {
  return (path ?? "").replace(/\.(\d+)(?=\.|$)/g, "[$1]");
}
