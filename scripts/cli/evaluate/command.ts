import { evaluateTender } from "../../../lib/domain/evaluation/evaluate-tender";
import { evaluationView } from "../../../lib/domain/evaluation/evaluation-view";
import { evaluationInputOf } from "../../../lib/schemas/evaluation-file";
import type { Command } from "../main";
import { filePath, problemMessage, readEvaluationFile } from "./evaluation-file";
import { humanReport, jsonReport } from "./report";

/** Exit statuses: 0 evaluated (whatever the outcome), 1 the file cannot be read or is not a valid evaluation file, 2 bad usage. */
export const EXIT_BAD_FILE = 1;
const EXIT_USAGE = 2;

const USAGE = "Usage: tender-commons evaluate <file> [--json]\n";

export const evaluateCommand: Command = {
  name: "evaluate",
  args: "<file>",
  summary: "Recompute a tender's ranking, points and sensitivity from its evaluation file",
  details: [
    "Reads an evaluation file (docs/evaluation-file.md), as the app exports it, and recomputes",
    "offline, with the functions the app uses, each lot's gates, points, ranking and ties, the",
    "sensitivity of the winner to the weights and, for relative cost formulas, the rank-reversal",
    'check. --json prints the result as JSON (docs/evaluation-file.md, "The result").',
    "Exit status: 0 evaluated (also when there is no winner: the report says why), 1 the file cannot",
    "be read or is not a valid evaluation file (every problem is listed with its path), 2 bad usage.",
  ].join("\n"),
  options: { json: { type: "boolean" } },
  allowPositionals: true,
  run: async ({ io, values, positionals }) => {
    if (positionals.length !== 1) {
      io.err(`tender-commons evaluate: ${positionals.length === 0 ? "no file given" : "give one file"}.\n${USAGE}`);
      return EXIT_USAGE;
    }
    const file = positionals[0]!;
    const read = readEvaluationFile(file);
    if (!read.ok) {
      io.err(`tender-commons evaluate: ${read.message}\n`);
      return EXIT_BAD_FILE;
    }
    const evaluation = evaluateTender(evaluationInputOf(read.file));
    // readEvaluationFile ran the same checks: this only guards against a change that forgets it.
    if (!evaluation.ok) {
      const lines = evaluation.problems.map((problem) => `  at ${filePath(problem.path)}: ${problemMessage(problem)}`);
      io.err(`tender-commons evaluate: ${file} cannot be evaluated:\n${lines.join("\n")}\n`);
      return EXIT_BAD_FILE;
    }
    const input = { file, header: read.file, view: evaluationView(evaluation.result) };
    io.out(values.json ? jsonReport(input) : humanReport(input));
    return 0;
  },
};
