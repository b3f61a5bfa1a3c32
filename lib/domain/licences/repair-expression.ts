import { suggestSpdxLicence } from "@/lib/domain/spdx/spdx-licence-list";
import { tokeniseLicenceExpression, type LicenceToken } from "./expression-tokens";
import { MAX_LICENCE_EXPRESSION_LENGTH } from "./syntax-error";

/**
 * A guess at what an invalid expression meant, from the slips people make: a licence name or
 * spaces instead of an id ("Apache License 2.0", "EUPL 1.2"), `/` for OR (an old Cargo habit),
 * operators in mixed case, a `LicenseRef-` prefix in the wrong case, a space before `+`, a
 * `LicenseRef-` rider after WITH (a Commons Clause is added with AND), a line break, missing
 * closing parentheses, or what a word processor does to pasted text (typographic dashes for
 * hyphens, quotation marks around the expression). Returns null when there is nothing to try. The caller keeps the guess only
 * if it parses, and only ever shows it as a suggestion.
 */
export function repairLicenceExpression(text: string): string | null {
  if (text.length > MAX_LICENCE_EXPRESSION_LENGTH) return null;
  const trimmed = text
    .trim()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/^["'“”‘’„«»\s]+|["'“”‘’„«»\s]+$/g, "");
  if (trimmed === "") return null;
  if (!/[()]/.test(trimmed) && !/\s(?:and|or|with)\s/i.test(` ${trimmed} `)) {
    const named = suggestSpdxLicence(trimmed.replace(/[\r\n]+/g, " "));
    if (named) return named.id;
  }
  let repaired = trimmed
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .replace(/\s*\/\s*/g, " OR ")
    .replace(/\b(licenseref|documentref|additionref)-/gi, (prefix) => canonicalPrefix(prefix))
    .replace(/\s+\+(?=\s|\)|$)/g, "+")
    .replace(/\bWITH(\s+(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-)/gi, "AND$1");
  const open = (repaired.match(/\(/g) ?? []).length;
  const close = (repaired.match(/\)/g) ?? []).length;
  if (open > close) repaired += ")".repeat(open - close);
  const rebuilt = rebuild(tokeniseLicenceExpression(repaired));
  return rebuilt === text.trim() ? null : rebuilt;
}

function canonicalPrefix(prefix: string): string {
  const lower = prefix.toLowerCase();
  if (lower === "licenseref-") return "LicenseRef-";
  if (lower === "documentref-") return "DocumentRef-";
  return "AdditionRef-";
}

const OPERATOR = /^(?:and|or|with)$/i;

/** Operators in capitals; runs of several plain words replaced by the licence they name, if any. */
function rebuild(tokens: readonly LicenceToken[]): string {
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) {
      const named = suggestSpdxLicence(run.join(" "));
      parts.push(named ? named.id : run.join(" "));
    } else if (run.length === 1) parts.push(run[0]!);
    run = [];
  };
  for (const token of tokens) {
    if (token.kind === "word" && !OPERATOR.test(token.text)) {
      run.push(token.text);
      continue;
    }
    flush();
    parts.push(token.kind === "word" ? token.text.toUpperCase() : token.text);
  }
  flush();
  return parts.join(" ").replace(/\( /g, "(").replace(/ \)/g, ")");
}
