import { daysBetween, type IsoDate } from "./calendar-date";
import type { Problem } from "./problem";
import { CLARIFICATION_MIN_DAYS } from "./time-limit-rules";

/**
 * Rules for changing a published tender (a corrigendum). Candidates and tenderers plan on the
 * published deadlines, so a corrigendum may extend a deadline but not bring it forward, remove it
 * or set it in the past (equal treatment, Art. 18(1); time limits must leave enough time to
 * prepare, Art. 47(1)). When significant changes are made to the procurement documents, the
 * deadline must be extended so that everyone concerned can take them into account
 * (Art. 47(3)(b)); close to the deadline the drafter is warned to do so.
 */
export type CorrigendumProblemCode =
  | "corrigendum.deadlineRemoved"
  | "corrigendum.deadlineBroughtForward"
  | "corrigendum.deadlineInPast"
  | "corrigendum.extendDeadline";

export type CorrigendumProblem = Problem<CorrigendumProblemCode>;

/** The deadlines suppliers work to: requests to participate (two-stage procedures), then tenders. */
export const PUBLISHED_DEADLINES = ["requestsDeadline", "tenderDeadline"] as const;
export type PublishedDeadline = (typeof PUBLISHED_DEADLINES)[number];
export type Deadlines = Record<PublishedDeadline, IsoDate | null>;

/**
 * Errors in the deadlines a corrigendum would publish: each deadline it changes may only move
 * later, and not to a day already past. Dates as `YYYY-MM-DD`; `today` is the day of the change.
 */
export function checkDeadlineChanges(before: Deadlines, after: Deadlines, today: IsoDate): CorrigendumProblem[] {
  const problems: CorrigendumProblem[] = [];
  for (const field of PUBLISHED_DEADLINES) {
    const was = before[field];
    const now = after[field];
    if (was === now) continue;
    if (now === null) {
      if (was !== null) problems.push({ code: "corrigendum.deadlineRemoved", severity: "error", path: field });
    } else if (was !== null && now < was) {
      problems.push({ code: "corrigendum.deadlineBroughtForward", severity: "error", path: field, values: { was } });
    } else if (now < today) {
      problems.push({ code: "corrigendum.deadlineInPast", severity: "error", path: field });
    }
  }
  return problems;
}

/** Fewer days than this before the next deadline, a change to the documents should extend it. */
export const EXTEND_DEADLINE_WITHIN_DAYS = CLARIFICATION_MIN_DAYS.standard;

/**
 * The warning shown before a corrigendum to any section but the timeline: when the next deadline
 * still to come is less than six days away (the time Art. 47(3)(a) gives tenderers to take
 * additional information into account), a significant change should come with a later deadline,
 * made in the timeline. Null when there is no deadline ahead or enough time remains.
 */
export function deadlineExtensionAdvice(
  section: string,
  deadlines: Deadlines,
  today: IsoDate,
): CorrigendumProblem | null {
  if (section === "timeline") return null;
  const next = PUBLISHED_DEADLINES.map((field) => ({ field, date: deadlines[field] })).find(
    (deadline): deadline is { field: PublishedDeadline; date: IsoDate } =>
      deadline.date !== null && deadline.date >= today,
  );
  if (!next) return null;
  const days = daysBetween(today, next.date);
  if (days >= EXTEND_DEADLINE_WITHIN_DAYS) return null;
  return {
    code: "corrigendum.extendDeadline",
    severity: "warning",
    path: next.field,
    values: { days, deadline: next.date, minimumDays: EXTEND_DEADLINE_WITHIN_DAYS },
  };
}
