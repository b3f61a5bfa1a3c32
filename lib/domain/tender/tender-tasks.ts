/**
 * The drafting task list (GOV.UK "complete multiple tasks" pattern): each section's status is
 * derived from the saved draft, never stored, so it cannot drift from the data.
 */
export const TENDER_SECTIONS = ["about", "procedure"] as const;
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
};

export type Task = { section: TenderSection; status: TaskStatus; problemCount: number };

/** One entry per section, in the order a drafter is advised to work. */
export function tenderTasks(draft: TenderDraftForTasks): Task[] {
  return TENDER_SECTIONS.map((section) => {
    const { filled, required, problems } = SECTION_CHECKS[section](draft);
    return { section, status: statusOf(filled, required, problems), problemCount: problems };
  });
}

type SectionCheck = (draft: TenderDraftForTasks) => { filled: number; required: number; problems: number };

const SECTION_CHECKS: Record<TenderSection, SectionCheck> = {
  // Title alone comes from creating the tender: the section starts once anything else is given.
  about: (draft) => ({
    filled: [draft.summary.trim() !== "", draft.contractNature !== null].filter(Boolean).length,
    required: 2,
    problems: 0,
  }),
  procedure: (draft) => {
    const groundMissing = draft.procedureNeedsGround && !draft.procedureGround;
    return {
      filled: draft.procedureType ? 1 : 0,
      required: 1,
      problems: draft.procedureType && groundMissing ? 1 : 0,
    };
  },
};

function statusOf(filled: number, required: number, problems: number): TaskStatus {
  if (problems > 0) return "HAS_PROBLEMS";
  if (filled === 0) return "NOT_STARTED";
  return filled >= required ? "COMPLETED" : "IN_PROGRESS";
}
