import path from "node:path";
import {
  hasLintErrors,
  isLintLanguage,
  lintTender,
  lintText,
  LINT_LANGUAGES,
  opennessReadiness,
} from "../../../lib/domain/lint";
import type { Command } from "../main";
import { readInputFile } from "./input-file";
import { humanReport, jsonReport, type LintedSource } from "./report";
import { parseTenderJson } from "./tender-json";

/** Exit statuses: 0 no error finding, 1 an error finding, 2 bad usage or unreadable input. */
export const EXIT_LINT_ERRORS = 1;
const EXIT_BAD_INPUT = 2;

export const lintCommand: Command = {
  name: "lint",
  args: "<file>",
  summary: "Find lock-in in a specification (Markdown or text) or a tender exported as JSON",
  details: [
    "A .json file is read as a tender (the TenderDto fields, see docs/linter.md); any other file as",
    "Markdown or plain text in UTF-8, up to 5 MB. Prints one finding per line with line:column, or",
    "JSON with --json. Exit status: 0 no error, 1 at least one error finding, 2 bad usage or input.",
    "--language en|fr|de sets the language of the fixes for a text file (detected otherwise).",
  ].join("\n"),
  options: { json: { type: "boolean" }, language: { type: "string" } },
  allowPositionals: true,
  run: async ({ io, values, positionals }) => {
    const usage = "Usage: tender-commons lint <file> [--json] [--language en|fr|de]\n";
    if (positionals.length !== 1) {
      io.err(`tender-commons lint: ${positionals.length === 0 ? "no file given" : "give one file"}.\n${usage}`);
      return EXIT_BAD_INPUT;
    }
    const language = values.language;
    if (language !== undefined && (typeof language !== "string" || !isLintLanguage(language))) {
      io.err(`tender-commons lint: --language must be one of ${LINT_LANGUAGES.join(", ")}.\n${usage}`);
      return EXIT_BAD_INPUT;
    }
    const file = positionals[0]!;
    const input = readInputFile(file);
    if (!input.ok) {
      io.err(`tender-commons lint: ${input.message}\n`);
      return EXIT_BAD_INPUT;
    }

    let source: LintedSource;
    let findings;
    if (path.extname(file).toLowerCase() === ".json") {
      const tender = parseTenderJson(input.text);
      if (!tender.ok) {
        io.err(`tender-commons lint: ${file} ${tender.message}\n`);
        return EXIT_BAD_INPUT;
      }
      findings = lintTender(tender.input);
      const texts = new Map(tender.input.fields.map((field) => [field.field, field.text]));
      source = { file, kind: "tender", texts };
    } else {
      findings = lintText(input.text, language ?? null);
      source = { file, kind: "text", texts: new Map([["text", input.text]]) };
    }
    const readiness = opennessReadiness(findings);
    io.out(values.json ? jsonReport(source, findings, readiness) : humanReport(source, findings, readiness));
    return hasLintErrors(findings) ? EXIT_LINT_ERRORS : 0;
  },
};
