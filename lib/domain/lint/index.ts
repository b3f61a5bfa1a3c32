/**
 * The lock-in linter (issue "Open clauses and the lock-in linter"): pure functions over a tender
 * or a plain specification, returning findings with their rule, location, message code, legal
 * basis and one-click fix. See docs/linter.md.
 */
export {
  applyFix,
  hasLintErrors,
  LINT_MESSAGE_CODES,
  LINT_RULE_IDS,
  LINT_RULES,
  LINT_SEVERITIES,
  type LintFinding,
  type LintFix,
  type LintLocation,
  type LintMessageCode,
  type LintRuleId,
  type LintSection,
  type LintSeverity,
  type LintValues,
} from "./finding";
export { detectLanguage, isLintLanguage, LINT_LANGUAGES, type LintLanguage } from "./language";
export { lintTender, lintText } from "./lint";
export { opennessReadiness, READINESS_LEVELS, type OpennessReadiness, type ReadinessLevel } from "./readiness";
export { lintInputFromTender, type LintableClause, type LintableTender, type LintExtras } from "./tender-fields";
export { isSoftwareTender, type LintTenderInput, type LintTextField } from "./tender-input";
export { LOCK_IN_TERMS, type LockInTerm, type TermKind } from "./terms";
export { splitSentences } from "./sentences";
