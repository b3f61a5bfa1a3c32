import { createTranslator } from "use-intl/core";
import { checkEvaluationInput } from "../../../lib/domain/evaluation/input-check";
import type { Problem } from "../../../lib/domain/tender/problem";
import en from "../../../lib/i18n/messages/en.json";
import {
  EVALUATION_FILE_FORMAT,
  EVALUATION_FILE_VERSION,
  evaluationFileSchema,
  evaluationInputOf,
  type EvaluationFile,
} from "../../../lib/schemas/evaluation-file";
import { parseJsonFile, readJsonFile, type JsonFileKind, type JsonFileResult } from "../json-file";

/**
 * Reading an evaluation file (docs/evaluation-file.md) for `tender-commons evaluate`, with a
 * precise message for everything that can be wrong, in two rounds: the shape of every value
 * (the schema: `bids[2].scores[0].evaluations[1].justification: Enter this`), then, on a
 * well-formed file, the rules that need the whole of it (checkEvaluationInput, the same check the
 * app runs: `bids[0].scores[1].consensus: … no consensus is recorded …`).
 */

/** 200 bids × 30 criteria × 10 evaluators with short justifications is about 15 MB. */
export const MAX_EVALUATION_FILE_BYTES = 100 * 1024 * 1024;

export type EvaluationFileResult = JsonFileResult<EvaluationFile>;

const EVALUATION_FILE: JsonFileKind<EvaluationFile> = {
  name: "an evaluation file",
  fields: '"format", "version", "award" and "bids"',
  format: EVALUATION_FILE_FORMAT,
  version: EVALUATION_FILE_VERSION,
  schema: evaluationFileSchema,
  maxBytes: MAX_EVALUATION_FILE_BYTES,
  tooLarge: "tender-commons evaluate reads files of up to 100 MB.",
  issue: "problem",
  check: (file) =>
    checkEvaluationInput(evaluationInputOf(file))
      .filter((problem) => problem.severity !== "warning")
      .map((problem) => ({ path: filePath(problem.path), message: problemMessage(problem) })),
};

export const readEvaluationFile = (path: string): EvaluationFileResult => readJsonFile(path, EVALUATION_FILE);

/** The evaluation file in a text; a failure's message reads after the file's name. */
export const parseEvaluationFile = (text: string): EvaluationFileResult => parseJsonFile(text, EVALUATION_FILE);

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
