import { addDays, addMonths, daysBetween, isIsoDate, nextWorkingDay, type IsoDate } from "./calendar-date";
import type { Problem } from "./problem";
import { PROCEDURE_RULES } from "./procedures";
import {
  CLARIFICATION_MIN_DAYS,
  minimumRequestsPeriod,
  minimumTenderPeriod,
  PRIOR_INFORMATION_NOTICE_WINDOW,
  TIME_LIMITS,
  type TimeLimitOptions,
} from "./time-limit-rules";
import type { ProcedureType } from "./tender-enums";

export * from "./time-limit-rules";

export type TimelineDateField =
  | "publicationDate"
  | "requestsDeadline"
  | "invitationDate"
  | "clarificationDeadline"
  | "tenderDeadline"
  | "openingDate"
  | "priorInformationNoticeSentOn";

export type TimelineInput = {
  procedure: ProcedureType;
  /** From `assessEuThreshold`: below it national rules govern and only the order of dates is checked. */
  isAboveThreshold: boolean;
  /**
   * The day the contract notice is sent for publication: the Directive counts from dispatch
   * (Art. 27(1)); counting from a later publication day only makes the check stricter.
   */
  publicationDate: IsoDate | null;
  /** Two-stage procedures: deadline for requests to participate. */
  requestsDeadline?: IsoDate | null;
  /** Two-stage procedures (and the negotiated procedure without publication): invitation sent. */
  invitationDate?: IsoDate | null;
  /** Last day the authority answers questions (additional information, Art. 53(2)). */
  clarificationDeadline: IsoDate | null;
  tenderDeadline: IsoDate | null;
  /** Same day as the tender deadline is fine: opening follows the deadline hour. */
  openingDate: IsoDate | null;
  options?: TimeLimitOptions;
  /** National public holidays, which push the end of a period to the next working day. */
  publicHolidays?: readonly IsoDate[];
};

export type TimelineProblemCode =
  | "timeline.dateMissing"
  | "timeline.invalidDate"
  | "timeline.outOfOrder"
  | "timeline.openingBeforeTenderDeadline"
  | "timeline.clarificationNotBeforeTenderDeadline"
  | "timeline.clarificationTooLate"
  | "timeline.requestsDeadlineTooSoon"
  | "timeline.tenderDeadlineTooSoon"
  | "timeline.priorInformationNoticeOutsideWindow";

export type TimelineProblem = Problem<TimelineProblemCode>;
type Dates = Partial<Record<TimelineDateField, IsoDate>>;

/** The order dates must follow; a pair in SAME_DAY_ALLOWED may fall on one day. */
const CHAIN: readonly TimelineDateField[] = [
  "publicationDate",
  "requestsDeadline",
  "invitationDate",
  "tenderDeadline",
  "openingDate",
];
const SAME_DAY_ALLOWED = new Set(["requestsDeadline>invitationDate", "tenderDeadline>openingDate"]);

/**
 * Problems with a tender's timetable, in calendar days (see calendar-date.ts): missing dates are
 * `incomplete`, dates in an impossible order are errors on both sides of the threshold, and above
 * it the Directive's minimum periods (Arts 27–31, with Art. 53(1)) and the 6-day (4 in urgency)
 * rule for answers to questions (Art. 47(3)(a), 53(2)) apply. A minimum period whose last day is a
 * weekend or a given public holiday runs to the next working day (Reg. 1182/71 Art. 3(4)).
 */
export function checkTimeline(input: TimelineInput): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  const dates = readDates(input, problems);
  checkOrder(dates, problems);
  checkClarification(input, dates, problems);
  if (input.isAboveThreshold && input.procedure !== "BELOW_THRESHOLD_NATIONAL") {
    checkMinimumPeriods(input, dates, problems);
    checkPriorInformationNotice(input, dates, problems);
  }
  return problems;
}

function relevantFields(input: TimelineInput): { field: TimelineDateField; required: boolean }[] {
  return timelineFieldsOf(input.procedure);
}

/**
 * The dates a procedure's timeline has, in order, and whether each is required: the notice's
 * dispatch where there is prior publication, the requests and invitation stages of two-stage
 * procedures, then questions, tenders and opening.
 */
export function timelineFieldsOf(procedure: ProcedureType): { field: TimelineDateField; required: boolean }[] {
  const published = PROCEDURE_RULES[procedure].priorPublication;
  const twoStage = TIME_LIMITS[procedure].requests !== null;
  const fields: { field: TimelineDateField; required: boolean }[] = [];
  if (published) fields.push({ field: "publicationDate", required: true });
  if (twoStage) fields.push({ field: "requestsDeadline", required: true });
  if (twoStage || !published) fields.push({ field: "invitationDate", required: twoStage });
  fields.push(
    { field: "clarificationDeadline", required: true },
    { field: "tenderDeadline", required: true },
    { field: "openingDate", required: true },
  );
  return fields;
}

function readDates(input: TimelineInput, problems: TimelineProblem[]): Dates {
  const dates: Dates = {};
  for (const { field, required } of relevantFields(input)) {
    const value = input[field as keyof TimelineInput] as string | null | undefined;
    if (value === null || value === undefined || value.trim() === "") {
      if (required) problems.push({ code: "timeline.dateMissing", severity: "incomplete", path: field });
    } else if (!isIsoDate(value)) {
      problems.push({ code: "timeline.invalidDate", severity: "error", path: field });
    } else {
      dates[field] = value;
    }
  }
  return dates;
}

function checkOrder(dates: Dates, problems: TimelineProblem[]): void {
  const present = CHAIN.filter((field) => dates[field] !== undefined);
  for (let i = 1; i < present.length; i++) {
    const earlier = present[i - 1]!;
    const later = present[i]!;
    const sameDayAllowed = SAME_DAY_ALLOWED.has(`${earlier}>${later}`);
    const a = dates[earlier]!;
    const b = dates[later]!;
    if (b > a || (sameDayAllowed && b === a)) continue;
    if (earlier === "tenderDeadline" && later === "openingDate") {
      problems.push({ code: "timeline.openingBeforeTenderDeadline", severity: "error", path: later });
    } else {
      problems.push({ code: "timeline.outOfOrder", severity: "error", path: later, values: { earlier, later } });
    }
  }
}

function checkClarification(input: TimelineInput, dates: Dates, problems: TimelineProblem[]): void {
  const clarification = dates.clarificationDeadline;
  if (!clarification) return;
  const start = dates.publicationDate ? "publicationDate" : dates.invitationDate ? "invitationDate" : null;
  if (start && clarification <= dates[start]!) {
    const values = { earlier: start, later: "clarificationDeadline" };
    problems.push({ code: "timeline.outOfOrder", severity: "error", path: "clarificationDeadline", values });
  }
  const deadline = dates.tenderDeadline;
  if (!deadline) return;
  if (clarification >= deadline) {
    problems.push({
      code: "timeline.clarificationNotBeforeTenderDeadline",
      severity: "error",
      path: "clarificationDeadline",
    });
    return;
  }
  if (!input.isAboveThreshold || input.procedure === "BELOW_THRESHOLD_NATIONAL") return;
  const minimumDays = input.options?.urgency ? CLARIFICATION_MIN_DAYS.urgency : CLARIFICATION_MIN_DAYS.standard;
  const actualDays = daysBetween(clarification, deadline);
  if (actualDays < minimumDays) {
    problems.push({
      code: "timeline.clarificationTooLate",
      severity: "error",
      path: "clarificationDeadline",
      values: { minimumDays, actualDays },
    });
  }
}

function checkMinimumPeriods(input: TimelineInput, dates: Dates, problems: TimelineProblem[]): void {
  const options = input.options ?? {};
  const holidays = input.publicHolidays ?? [];
  const twoStage = TIME_LIMITS[input.procedure].requests !== null;
  const requests = minimumRequestsPeriod(input.procedure, options);
  if (requests) {
    const problem = periodProblem(dates.publicationDate, dates.requestsDeadline, requests.days, holidays);
    if (problem) problems.push({ code: "timeline.requestsDeadlineTooSoon", ...problem, path: "requestsDeadline" });
  }
  const tenders = minimumTenderPeriod(input.procedure, options);
  if (tenders) {
    const start = twoStage ? dates.invitationDate : dates.publicationDate;
    const problem = periodProblem(start, dates.tenderDeadline, tenders.days, holidays);
    if (problem) problems.push({ code: "timeline.tenderDeadlineTooSoon", ...problem, path: "tenderDeadline" });
  }
}

/** A too-short period, or null; periods already out of order are reported by checkOrder. */
function periodProblem(
  start: IsoDate | undefined,
  end: IsoDate | undefined,
  minimumDays: number,
  holidays: readonly IsoDate[],
): { severity: "error"; values: Record<string, string | number> } | null {
  if (!start || !end || end <= start) return null;
  const earliestDate = nextWorkingDay(addDays(start, minimumDays), holidays);
  if (end >= earliestDate) return null;
  return { severity: "error", values: { minimumDays, actualDays: daysBetween(start, end), earliestDate } };
}

function checkPriorInformationNotice(input: TimelineInput, dates: Dates, problems: TimelineProblem[]): void {
  const options = input.options ?? {};
  if (!options.priorInformationNotice || TIME_LIMITS[input.procedure].tenders?.priorInformationNoticeDays == null) {
    return;
  }
  const path = "priorInformationNoticeSentOn";
  const sentOn = options.priorInformationNoticeSentOn?.trim() ?? "";
  if (sentOn === "") {
    problems.push({ code: "timeline.dateMissing", severity: "incomplete", path });
    return;
  }
  if (!isIsoDate(sentOn)) {
    problems.push({ code: "timeline.invalidDate", severity: "error", path });
    return;
  }
  const publication = dates.publicationDate;
  if (!publication) return;
  const earliestDate = addDays(sentOn, PRIOR_INFORMATION_NOTICE_WINDOW.minDays);
  const latestDate = addMonths(sentOn, PRIOR_INFORMATION_NOTICE_WINDOW.maxMonths);
  if (publication < earliestDate || publication > latestDate) {
    problems.push({
      code: "timeline.priorInformationNoticeOutsideWindow",
      severity: "error",
      path: "publicationDate",
      values: { earliestDate, latestDate },
    });
  }
}
