import type { AuthorityType } from "../roles";
import { procedureNeedsGround } from "./procedures";
import { assessEuThreshold, type ThresholdAssessment } from "./thresholds";
import { checkTimeline, type TimelineProblem } from "./time-limits";
import { TIMELINE_DATES, type ContractNature, type ProcedureType } from "./tender-enums";
import { tenderTasks, type Task } from "./tender-tasks";

/** The parts of a tender draft the live rules look at. */
export type TenderForChecks = {
  title: string;
  summary: string;
  contractNature: ContractNature | null;
  procedureType: ProcedureType | null;
  procedureGround: string | null;
  mainCpv: string | null;
  estimatedValueCents: number | null;
  durationMonths: number | null;
  publicationDate: string | null;
  requestsDeadline: string | null;
  invitationDate: string | null;
  clarificationDeadline: string | null;
  tenderDeadline: string | null;
  openingDate: string | null;
};

export type TenderChecks = {
  /** Null until the contract nature and the estimated value are known. */
  threshold: ThresholdAssessment | null;
  /** Null until a procedure is chosen: the time limits depend on it. */
  timelineProblems: TimelineProblem[] | null;
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
  const tasks = tenderTasks({
    ...tender,
    procedureNeedsGround: tender.procedureType ? procedureNeedsGround(tender.procedureType) : false,
    timelineDatesGiven: TIMELINE_DATES.filter((field) => tender[field] !== null).length,
    timelineDatesMissing: timelineProblems
      ? timelineProblems.filter((problem) => problem.code === "timeline.dateMissing").length
      : TIMELINE_DATES.length,
    timelineErrors: (timelineProblems ?? []).filter((problem) => problem.severity === "error").length,
  });
  return { threshold, timelineProblems, tasks };
}
