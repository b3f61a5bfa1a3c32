import { chosenClauseProblems } from "@/lib/domain/clauses/chosen-clauses";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { hasLintErrors, type LintFinding } from "@/lib/domain/lint";
import { validateCriteria } from "@/lib/domain/tender/award-criteria";
import { flattenCriteria } from "@/lib/domain/tender/criteria-tree";
import { checkRequirements } from "@/lib/domain/tender/requirements";
import { proposeMinimumSeal, validateSealOverrides, validateSovereigntyWeights } from "@/lib/domain/tender/sovereignty";
import { messageRef } from "@/lib/i18n/message-ref";
import { lintTemplate, type LintableTemplate } from "./lint-template";
import type { TemplateSection } from "./template-sections";

/**
 * One reason a template's draft is not ready to publish (or advice that does not block): the
 * builder section it concerns (null for the template as a whole, such as "empty"), the field path
 * in that section's form when there is one, and the message as a reference to its translation.
 */
export type TemplateFinding = {
  section: TemplateSection | null;
  path: string | null;
  message: string;
  severity: "error" | "warning";
};

export type PublicationCheck = {
  findings: TemplateFinding[];
  /** The lock-in linter's findings (errors block publication, warnings do not). */
  lint: LintFinding[];
  /** True when nothing blocks publishing: no finding and no lint finding of severity error. */
  publishable: boolean;
};

/**
 * Everything that stands between the draft and publication, with the tender's own rules so a
 * tender started from the template starts sound:
 * - not empty: a summary, and at least one clause, requirement or award criterion;
 * - each clause's version exists and its default parameters are valid (chosen-clauses.ts);
 * - requirement identifiers are unique and link only to criteria of the template;
 * - the award criteria pass validateCriteria (weights summing to 100 on each level, …);
 * - the sovereignty profile's weights sum to 100 and every override of the proposed minimum is
 *   justified;
 * - the lock-in linter finds no error.
 * `definitions` holds the clause versions the draft refers to, by key@version.
 */
export function checkTemplateForPublication(
  template: LintableTemplate,
  definitions: ReadonlyMap<string, Clause>,
): PublicationCheck {
  const { content } = template;
  const findings: TemplateFinding[] = [];
  const add = (section: TemplateSection | null, path: string | null, message: string, severity: "error" | "warning") =>
    findings.push({ section, path, message, severity });

  if (content.summary.trim() === "") add("details", "summary", "templates.checks.summaryMissing", "error");
  const criteria = content.award?.criteria ?? [];
  if (content.clauses.length === 0 && content.requirements.length === 0 && criteria.length === 0) {
    add(null, null, "templates.checks.empty", "error");
  }

  for (const problem of chosenClauseProblems(content.clauses, definitions)) {
    if (problem.severity === "incomplete") continue;
    add("clauses", problem.path ?? null, messageRef(`problems.${problem.code}`, problem.values), problem.severity);
  }

  const criterionKeys = flattenCriteria(criteria).map(({ criterion }) => criterion.key);
  for (const problem of checkRequirements(content.requirements, criterionKeys)) {
    add("requirements", problem.path ?? null, messageRef(`validation.${problem.code}`, problem.values), "error");
  }

  if (content.award && criteria.length > 0) {
    for (const problem of validateCriteria(content.award)) {
      if (problem.severity !== "error") continue;
      add("criteria", problem.path ?? null, messageRef(`validation.${problem.code}`, problem.values), "error");
    }
  }

  if (content.sovereignty) {
    const { assessment, minimumSeal, weights } = content.sovereignty;
    const problems = [
      ...validateSovereigntyWeights(weights),
      ...validateSealOverrides(proposeMinimumSeal(assessment), minimumSeal),
    ];
    for (const problem of problems) {
      if (problem.severity === "incomplete") continue;
      add(
        "sovereignty",
        problem.path ?? null,
        messageRef(`problems.${problem.code}`, problem.values),
        problem.severity,
      );
    }
  }

  const lint = lintTemplate(template, definitions);
  const publishable = !findings.some((finding) => finding.severity === "error") && !hasLintErrors(lint);
  return { findings, lint, publishable };
}
