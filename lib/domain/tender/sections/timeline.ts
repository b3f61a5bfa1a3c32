import { TIMELINE_DATES } from "../tender-enums";
import type { SectionChecker } from "./section-check";

// Which dates a timeline needs depends on the procedure, so completeness comes from the rules.
export const checkTimelineSection: SectionChecker = (tender, { timelineProblems }) => ({
  started: TIMELINE_DATES.some((field) => tender[field] !== null),
  complete: timelineProblems !== null && !timelineProblems.some((problem) => problem.code === "timeline.dateMissing"),
  problems: (timelineProblems ?? []).filter((problem) => problem.severity !== "incomplete"),
});
