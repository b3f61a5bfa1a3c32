import type { TenderSection } from "../tender/tender-tasks";

/**
 * What the lock-in linter reports: one finding per problem, with the rule that found it, where it
 * is (down to the characters of one text field when it concerns text), a message code with its
 * values for translation (`lint.*` in lib/i18n/messages), the legal basis, and, where a mechanical
 * change answers it, a fix the drafter can apply in one click.
 */
export const LINT_RULE_IDS = [
  "LOCKIN-001",
  "LOCKIN-002",
  "LOCKIN-003",
  "LOCKIN-004",
  "LOCKIN-005",
  "LOCKIN-006",
  "LOCKIN-007",
] as const;
export type LintRuleId = (typeof LINT_RULE_IDS)[number];

/**
 * - `error`: breaks a rule of the Directive as written; blocks "submit for review".
 * - `warning`: lawful, or lawful when justified, but a known lock-in pattern: the drafter fixes it
 *   or dismisses it with a written justification.
 * - `info`: worth knowing, nothing to do.
 */
export const LINT_SEVERITIES = ["error", "warning", "info"] as const;
export type LintSeverity = (typeof LINT_SEVERITIES)[number];

/** Where a finding is: a task-list section, plus `clauses` and `specification` (a plain text). */
export type LintSection = TenderSection | "clauses" | "specification";

export type LintLocation = {
  section: LintSection;
  /** Field path in the forms' naming, e.g. `requirements.3.text`, `criteria.0.weight`. */
  field: string;
  /**
   * Character range in the field's text (UTF-16 code units, as JavaScript strings count), end
   * excluded; absent when the finding concerns the tender as a whole or a non-text field.
   */
  start?: number;
  end?: number;
};

/** A pure text edit: replace `start`–`end` of the field's text with `replacement` (an insertion when start = end). */
export type LintFix = { field: string; start: number; end: number; replacement: string };

export type LintValues = Readonly<Record<string, string | number>>;

/** Every message a finding can carry: `lint.*` in lib/i18n/messages, in English, French and German. */
export const LINT_MESSAGE_CODES = [
  "lint.namedProduct",
  "lint.trademarkSign",
  "lint.proprietaryFormat",
  "lint.vendorCertification",
  "lint.compatibleWithProduct",
  "lint.missingClause.DELIVERABLES_LICENCE",
  "lint.missingClause.SOURCE_CODE_DELIVERY",
  "lint.missingClause.EXIT_AND_PORTABILITY",
  "lint.missingClause.OPEN_STANDARDS",
  "lint.missingAccessibility",
  "lint.criteria.costOnly",
  "lint.criteria.costWeightHigh",
  "lint.criteria.noOpennessOrSovereignty",
  "lint.criteria.weightsSum",
  "lint.noAlternativeAnalysis",
  "lint.noAlternativeAnalysisWording",
] as const;
export type LintMessageCode = (typeof LINT_MESSAGE_CODES)[number];

export type LintFinding = {
  ruleId: LintRuleId;
  severity: LintSeverity;
  location: LintLocation;
  code: LintMessageCode;
  values: LintValues;
  /** Citation, not translated, e.g. "Directive 2014/24/EU Art. 42(4)". */
  legalBasis: string;
  fix?: LintFix;
  /**
   * Identity that survives edits elsewhere in the text (rule, field, message and the words
   * concerned, never offsets), so a dismissal with its justification can be kept across re-lints.
   */
  key: string;
};

const DIRECTIVE = "Directive 2014/24/EU";

/** The legal basis of each rule; rule 5 cites per clause topic (see tender-rules.ts). */
export const LINT_RULES: Record<LintRuleId, { legalBasis: string }> = {
  "LOCKIN-001": { legalBasis: `${DIRECTIVE} Art. 42(4)` },
  "LOCKIN-002": { legalBasis: `${DIRECTIVE} Art. 42(2) and 42(4); European Interoperability Framework` },
  "LOCKIN-003": { legalBasis: `${DIRECTIVE} Art. 44(1)–(2) and 42(4)` },
  "LOCKIN-004": { legalBasis: `${DIRECTIVE} Art. 42(2)–(4)` },
  "LOCKIN-005": { legalBasis: `${DIRECTIVE} Art. 42(1)` },
  "LOCKIN-006": { legalBasis: `${DIRECTIVE} Art. 67` },
  "LOCKIN-007": { legalBasis: `${DIRECTIVE} Art. 32(2)(b), last subparagraph` },
};

/**
 * The field's text with the fix applied. A fix is only valid for the text that was linted: after
 * any other change, lint again. Throws on a range outside the text (a stale fix).
 */
export function applyFix(text: string, fix: Pick<LintFix, "start" | "end" | "replacement">): string {
  if (!Number.isInteger(fix.start) || !Number.isInteger(fix.end) || fix.start < 0 || fix.start > fix.end) {
    throw new RangeError(`Invalid fix range ${fix.start}–${fix.end}.`);
  }
  if (fix.end > text.length) throw new RangeError(`Fix range ${fix.start}–${fix.end} is outside the text.`);
  return text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
}

export function hasLintErrors(findings: readonly LintFinding[]): boolean {
  return findings.some((finding) => finding.severity === "error");
}
