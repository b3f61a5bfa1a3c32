import { TENDER_SECTIONS } from "../tender/tender-tasks";
import { LINT_RULES, type LintFinding, type LintSection } from "./finding";
import { detectLanguage, isLintLanguage, type LintLanguage } from "./language";
import { textRules } from "./rules";
import { analyseText } from "./text-analysis";
import type { TextFinding } from "./text-finding";
import { isSoftwareTender, type LintTenderInput, type LintTextField } from "./tender-input";
import { awardCriteriaFindings, missingClauses, negotiatedWithoutPublication } from "./tender-rules";

/** Findings come in the task list's order, then clauses, then a plain specification. */
const SECTION_ORDER: readonly LintSection[] = [...TENDER_SECTIONS, "clauses", "specification"];

/**
 * Lints a plain specification (a Markdown or text document written elsewhere): rules 1–4 and the
 * wording of rule 7. Without a language, the text's own is detected (it only decides the words
 * of the fixes).
 */
export function lintText(
  text: string,
  language?: LintLanguage | null,
  where: { section: LintSection; field: string } = { section: "specification", field: "text" },
): LintFinding[] {
  const analysis = analyseText(text, language);
  return placed(textRules(analysis, { requirementField: false, negotiatedWording: true }), { ...where, text });
}

/**
 * Lints a whole tender: every text field (rules 1–4, rule 7's wording unless the procedure
 * itself already drew rule 7), the clause topics (rule 5), the award criteria (rule 6) and the
 * procedure (rule 7). Pure: the same input always gives the same findings, in a stable order.
 */
export function lintTender(input: LintTenderInput): LintFinding[] {
  const procedure = negotiatedWithoutPublication(input);
  const negotiatedWording = procedure.length === 0 && isSoftwareTender(input);
  const tenderLanguage = isLintLanguage(input.documentsLanguage)
    ? input.documentsLanguage
    : detectLanguage(input.fields.map((field) => field.text).join("\n"));
  const texts = input.fields.flatMap((field) => {
    if (field.text.trim() === "") return [];
    const analysis = analyseText(field.text, field.language ?? tenderLanguage);
    const requirementField = field.section === "requirements";
    return placed(textRules(analysis, { requirementField, negotiatedWording }), field);
  });
  const all = [...texts, ...missingClauses(input), ...awardCriteriaFindings(input), ...procedure];
  return all
    .map((finding, order) => ({ finding, order }))
    .sort(
      (a, b) =>
        SECTION_ORDER.indexOf(a.finding.location.section) - SECTION_ORDER.indexOf(b.finding.location.section) ||
        a.order - b.order,
    )
    .map(({ finding }) => finding);
}

/** A text's findings as the tender's: section, field, legal basis, the fix on that field, a stable key. */
function placed(findings: readonly TextFinding[], field: Omit<LintTextField, "language">): LintFinding[] {
  const occurrences = new Map<string, number>();
  return findings.map((found) => {
    const base = `${found.ruleId}|${field.field}|${found.code}|${found.subject}`;
    const occurrence = (occurrences.get(base) ?? 0) + 1;
    occurrences.set(base, occurrence);
    const finding: LintFinding = {
      ruleId: found.ruleId,
      severity: found.severity,
      location: { section: field.section, field: field.field, start: found.start, end: found.end },
      code: found.code,
      values: found.values,
      legalBasis: LINT_RULES[found.ruleId].legalBasis,
      key: occurrence === 1 ? base : `${base}#${occurrence}`,
    };
    return found.fix ? { ...finding, fix: { field: field.field, ...found.fix } } : finding;
  });
}
