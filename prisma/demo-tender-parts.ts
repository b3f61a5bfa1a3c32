import type { QualityScale } from "../lib/domain/tender/criteria-tree";
import { addDays, type IsoDate } from "../lib/domain/tender/calendar-date";
import {
  DEFAULT_SOVEREIGNTY_WEIGHTS,
  proposeMinimumSeal,
  SOVEREIGNTY_OBJECTIVES,
  type RiskAssessment,
  type SovereigntyObjective,
  type SovereigntyProfile,
} from "../lib/domain/tender/sovereignty";
import { TENDER_SECTIONS, type TenderSection } from "../lib/domain/tender/tender-tasks";
import type { DemoOpening, DemoStatusChange } from "./demo-tenders";

/** What the demo tenders have in common, written once. */

/** Every section of the task list, for a tender drafted to the end (the phases are an innovation partnership's only). */
export const EVERY_SECTION_COMPLETED: TenderSection[] = TENDER_SECTIONS.filter((section) => section !== "phases");

/** The scale quality criteria are scored on, for a tender written in English. */
export const QUALITY_SCALE_EN: QualityScale = {
  max: 5,
  descriptors: [
    "Not addressed, or no evidence given.",
    "Serious reservations: major gaps or unconvincing evidence.",
    "Minor reservations: most points addressed, some gaps.",
    "Acceptable: every point addressed with evidence.",
    "Good: every point addressed, some with evidenced added value.",
    "Excellent: every point addressed, throughout with evidenced added value.",
  ],
};

/**
 * A sovereignty profile as a drafter makes it: the assessment, the minimum levels the app proposes
 * for it (lib/domain/tender/sovereignty.ts) but where the drafter set another level and wrote
 * why, and the default weights.
 */
export function proposedSovereignty(
  assessment: RiskAssessment,
  overrides: Partial<Record<SovereigntyObjective, { seal: number; justification: string }>> = {},
): SovereigntyProfile {
  const proposal = proposeMinimumSeal(assessment);
  const minimumSeal = Object.fromEntries(
    SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, overrides[objective] ?? { seal: proposal[objective] }]),
  ) as SovereigntyProfile["minimumSeal"];
  return { assessment, minimumSeal, weights: DEFAULT_SOVEREIGNTY_WEIGHTS };
}

/** Who drafts and who reviews each organisation's demo tenders (prisma/demo-accounts.ts). */
export const MINISTRY_REVIEW = { drafter: "drafter@ministry.example", ospo: "ospo@ministry.example" };
export const MUNICIPALITY_REVIEW = { drafter: "drafter@municipality.example", ospo: "ospo@municipality.example" };

/**
 * How a published tender got there: the drafter submitted it for review, the OSPO approved it
 * (so many days before the publication) and the drafter published it.
 */
export function publishedLifecycle(
  people: { drafter: string; ospo: string },
  publicationDate: IsoDate,
  daysBefore: { submitted: number; approved: number },
): DemoStatusChange[] {
  return [
    {
      transition: "submitForReview",
      from: "DRAFT",
      to: "IN_REVIEW",
      by: people.drafter,
      on: addDays(publicationDate, -daysBefore.submitted),
    },
    {
      transition: "approve",
      from: "IN_REVIEW",
      to: "APPROVED",
      by: people.ospo,
      on: addDays(publicationDate, -daysBefore.approved),
    },
    { transition: "publish", from: "APPROVED", to: "PUBLISHED", by: people.drafter, on: publicationDate },
  ];
}

/** The Ministry's four-eyes opening of a tender's bids: the drafter asked for it, the administrator confirmed it the same day. */
export function ministryOpening(on: IsoDate): DemoOpening {
  return { requestedBy: MINISTRY_REVIEW.drafter, confirmedBy: "admin@ministry.example", requestedOn: on, openedOn: on };
}
