import { hasErrors } from "./problem";
import type { SectionCheck } from "./sections/section-check";

/**
 * The drafting task list (GOV.UK "complete multiple tasks" pattern), in the order a drafter is
 * advised to work: the award criteria come before the requirements that refer to them, the
 * clauses after the requirements they complete, and the
 * innovation partnership's phases only appear for that procedure. Each section's status is
 * derived from the saved draft, never stored, so it cannot drift from the data.
 */
export const TENDER_SECTIONS = [
  "about",
  "procedure",
  "scope",
  "lots",
  "criteria",
  "requirements",
  "clauses",
  "sovereignty",
  "phases",
  "timeline",
] as const;
export type TenderSection = (typeof TENDER_SECTIONS)[number];

export type TaskStatus = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "HAS_PROBLEMS";

export type Task = { section: TenderSection; status: TaskStatus; problemCount: number };

/** One task per section that applies (a null check means the section does not apply). */
export function tenderTasks(checks: Record<TenderSection, SectionCheck | null>): Task[] {
  return TENDER_SECTIONS.flatMap((section) => {
    const check = checks[section];
    if (!check) return [];
    const errors = check.problems.filter((problem) => problem.severity === "error").length;
    return [{ section, status: statusOf(check), problemCount: errors }];
  });
}

function statusOf(check: SectionCheck): TaskStatus {
  if (hasErrors(check.problems)) return "HAS_PROBLEMS";
  if (!check.started) return "NOT_STARTED";
  return check.complete ? "COMPLETED" : "IN_PROGRESS";
}
