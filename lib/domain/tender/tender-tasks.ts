/**
 * The drafting task list (GOV.UK "complete multiple tasks" pattern): each section's status is
 * derived from the saved draft, never stored, so it cannot drift from the data.
 */
export const TENDER_SECTIONS = ["about", "procedure", "scope", "timeline"] as const;
export type TenderSection = (typeof TENDER_SECTIONS)[number];

export type TaskStatus = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "HAS_PROBLEMS";

export type TenderDraftForTasks = {
  title: string;
  summary: string;
  contractNature: string | null;
  procedureType: string | null;
  procedureGround: string | null;
  /** Whether the chosen procedure needs a legal ground (see procedures.ts). */
  procedureNeedsGround: boolean;
  mainCpv: string | null;
  estimatedValueCents: number | null;
  durationMonths: number | null;
  /** How many timeline dates are filled in, and how many the procedure still needs (from `checkTimeline`). */
  timelineDatesGiven: number;
  timelineDatesMissing: number;
  /** Errors `checkTimeline` finds (time limits not met, dates out of order); warnings do not count. */
  timelineErrors: number;
};

export type Task = { section: TenderSection; status: TaskStatus; problemCount: number };

/** One entry per section, in the order a drafter is advised to work. */
export function tenderTasks(draft: TenderDraftForTasks): Task[] {
  return TENDER_SECTIONS.map((section) => {
    const check = SECTION_CHECKS[section](draft);
    return { section, status: statusOf(check), problemCount: check.problems };
  });
}

type SectionCheck = (draft: TenderDraftForTasks) => { started: boolean; complete: boolean; problems: number };

const SECTION_CHECKS: Record<TenderSection, SectionCheck> = {
  // Title alone comes from creating the tender: the section starts once anything else is given.
  about: (draft) => ({
    started: draft.summary.trim() !== "" || draft.contractNature !== null,
    complete: draft.summary.trim() !== "" && draft.contractNature !== null,
    problems: 0,
  }),
  procedure: (draft) => ({
    started: draft.procedureType !== null,
    complete: draft.procedureType !== null,
    problems: draft.procedureType && draft.procedureNeedsGround && !draft.procedureGround ? 1 : 0,
  }),
  scope: (draft) => {
    const given = [draft.mainCpv, draft.estimatedValueCents, draft.durationMonths].filter((value) => value !== null);
    return { started: given.length > 0, complete: given.length === 3, problems: 0 };
  },
  // Which dates a timeline needs depends on the procedure, so completeness comes from the rules.
  timeline: (draft) => ({
    started: draft.timelineDatesGiven > 0,
    complete: draft.timelineDatesMissing === 0,
    problems: draft.timelineErrors,
  }),
};

function statusOf({ started, complete, problems }: ReturnType<SectionCheck>): TaskStatus {
  if (problems > 0) return "HAS_PROBLEMS";
  if (!started) return "NOT_STARTED";
  return complete ? "COMPLETED" : "IN_PROGRESS";
}
