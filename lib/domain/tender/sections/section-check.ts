import type { AuthorityType } from "../../roles";
import type { ChosenClause } from "../../clauses/clause-updates";
import type { AwardCriteria } from "../criteria-tree";
import type { InnovationPhase } from "../innovation-phases";
import type { Lot } from "../lots";
import type { Problem } from "../problem";
import type { Requirement } from "../requirements";
import type { SovereigntyProfile } from "../sovereignty";
import type { ContractNature, ProcedureType } from "../tender-enums";
import type { ThresholdAssessment } from "../thresholds";
import type { TimelineProblem } from "../time-limits";

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
  lots: readonly Lot[];
  reasonsForNotDividing: string;
  requirements: readonly Requirement[];
  clauses: readonly ChosenClause[];
  sovereignty: SovereigntyProfile | null;
  award: AwardCriteria | null;
  innovationPhases: readonly InnovationPhase[];
  publicationDate: string | null;
  requestsDeadline: string | null;
  invitationDate: string | null;
  clarificationDeadline: string | null;
  tenderDeadline: string | null;
  openingDate: string | null;
};

/** What the section checks share: rules computed once for the whole tender. */
export type CheckContext = {
  authorityType: AuthorityType;
  /** Null until the contract nature and the estimated value are known. */
  threshold: ThresholdAssessment | null;
  /** Null until a procedure is chosen: the time limits depend on it. */
  timelineProblems: TimelineProblem[] | null;
};

/**
 * One section's state: whether the drafter began it, whether everything it needs is given, and
 * what the rules find in it (errors count as problems on the task list; warnings are advice
 * shown on the section's page).
 */
export type SectionCheck = { started: boolean; complete: boolean; problems: Problem[] };

export type SectionChecker = (tender: TenderForChecks, context: CheckContext) => SectionCheck | null;
