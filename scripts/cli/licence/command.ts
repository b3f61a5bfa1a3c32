import { classifyLicenceExpression, isFreeClass, MAX_LICENCE_EXPRESSION_LENGTH } from "../../../lib/domain/licences";
import type { Command } from "../main";
import { humanReport, jsonReport, reasonMessage } from "./report";

/**
 * Exit statuses (docs/licences.md):
 * 0 open source or free (OPEN, FREE_NOT_OSI: the licence grants the four freedoms);
 * 1 not open or unknown (NOT_OPEN, UNKNOWN, including text that is not a valid expression);
 * 2 bad usage: no expression, several arguments, an empty or over-long expression.
 */
export const EXIT_NOT_FREE = 1;
const EXIT_BAD_INPUT = 2;

const USAGE = 'Usage: tender-commons licence "<SPDX expression>" [--json]\n';

export const licenceCommand: Command = {
  name: "licence",
  args: '"<expression>"',
  summary: "Classify an SPDX licence expression (open, free not OSI, not open, unknown) and say why",
  details: [
    'Give the expression as one argument, in quotes: tender-commons licence "GPL-2.0-or-later OR MIT".',
    "Prints the class, the reasons and any suggested correction (never applied), or JSON with --json",
    "(see docs/licences.md). Exit status: 0 open or free, 1 not open or unknown (including invalid",
    `text), 2 bad usage (no expression, several arguments, empty, longer than ${MAX_LICENCE_EXPRESSION_LENGTH} characters).`,
  ].join("\n"),
  options: { json: { type: "boolean" } },
  allowPositionals: true,
  run: async ({ io, values, positionals }) => {
    if (positionals.length === 0) {
      io.err(`tender-commons licence: no expression given.\n${USAGE}`);
      return EXIT_BAD_INPUT;
    }
    if (positionals.length > 1) {
      const joined = positionals.join(" ");
      io.err(
        `tender-commons licence: give the expression as one argument, in quotes: tender-commons licence "${joined}"\n`,
      );
      return EXIT_BAD_INPUT;
    }
    const expression = positionals[0]!;
    const result = classifyLicenceExpression(expression);
    const code = result.syntaxError?.code;
    if (code === "licences.syntax.empty" || code === "licences.syntax.tooLong") {
      io.err(`tender-commons licence: ${reasonMessage(result.syntaxError!)}\n${USAGE}`);
      return EXIT_BAD_INPUT;
    }
    io.out(values.json ? jsonReport(result) : humanReport(result));
    return isFreeClass(result.licenceClass) ? 0 : EXIT_NOT_FREE;
  },
};
