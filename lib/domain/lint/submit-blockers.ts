import type { Task, TenderSection } from "../tender/tender-tasks";
import type { LintFinding } from "./finding";

/**
 * What stops a draft going to review (issue "Lock-in linter"): any lock-in error (errors cannot
 * be dismissed), and any task-list section with errors of its own. Warnings never block. Null
 * when nothing does.
 */
export type SubmitBlockers = { lintErrors: number; sectionsWithProblems: TenderSection[] };

export function submitBlockers(
  findings: readonly Pick<LintFinding, "severity">[],
  tasks: readonly Pick<Task, "section" | "status">[],
): SubmitBlockers | null {
  const lintErrors = findings.filter((finding) => finding.severity === "error").length;
  const sectionsWithProblems = tasks.filter((task) => task.status === "HAS_PROBLEMS").map((task) => task.section);
  return lintErrors === 0 && sectionsWithProblems.length === 0 ? null : { lintErrors, sectionsWithProblems };
}
