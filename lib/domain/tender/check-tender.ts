import type { AuthorityType } from "../roles";
import type { Problem } from "./problem";
import { SECTION_CHECKERS } from "./sections";
import type { CheckContext, SectionCheck, TenderForChecks } from "./sections/section-check";
import { assessEuThreshold, type ThresholdAssessment } from "./thresholds";
import { checkTimeline, type TimelineProblem } from "./time-limits";
import { TENDER_SECTIONS, tenderTasks, type Task, type TenderSection } from "./tender-tasks";

export type { TenderForChecks } from "./sections/section-check";

export type TenderChecks = {
  /** Null until the contract nature and the estimated value are known. */
  threshold: ThresholdAssessment | null;
  /** Null until a procedure is chosen: the time limits depend on it. */
  timelineProblems: TimelineProblem[] | null;
  /** Each applicable section's findings (errors and warnings), for its page and the review. */
  sections: Partial<Record<TenderSection, SectionCheck>>;
  tasks: Task[];
};

/**
 * Every rule that applies live to a draft, computed in one place so the task list, the section
 * pages and the review see the same findings. An unknown threshold position is checked as above
 * the threshold, the stricter reading.
 */
export function checkTender(tender: TenderForChecks, authorityType: AuthorityType): TenderChecks {
  const threshold =
    tender.contractNature && tender.estimatedValueCents !== null
      ? assessEuThreshold({
          authorityType,
          contractNature: tender.contractNature,
          estimatedValueCents: tender.estimatedValueCents,
        })
      : null;
  const timelineProblems = tender.procedureType
    ? checkTimeline({
        ...tender,
        procedure: tender.procedureType,
        isAboveThreshold: threshold?.isAboveThreshold ?? true,
      })
    : null;
  const context: CheckContext = { authorityType, threshold, timelineProblems };
  const checks = Object.fromEntries(
    TENDER_SECTIONS.map((section) => [section, SECTION_CHECKERS[section](tender, context)]),
  ) as Record<TenderSection, SectionCheck | null>;
  const sections = Object.fromEntries(Object.entries(checks).filter(([, check]) => check !== null)) as Partial<
    Record<TenderSection, SectionCheck>
  >;
  return { threshold, timelineProblems, sections, tasks: tenderTasks(checks) };
}

/** The problems of one section, errors first. */
export function sectionProblems(checks: TenderChecks, section: TenderSection): Problem[] {
  const problems = checks.sections[section]?.problems ?? [];
  return [...problems].sort((a, b) => Number(b.severity === "error") - Number(a.severity === "error"));
}
