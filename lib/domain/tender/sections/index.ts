import type { TenderSection } from "../tender-tasks";
import { checkAboutSection } from "./about";
import { checkClausesSection } from "./clauses";
import { checkCriteriaSection } from "./criteria";
import { checkLotsSection } from "./lots";
import { checkPhasesSection } from "./phases";
import { checkProcedureSection } from "./procedure";
import { checkRequirementsSection } from "./requirements";
import type { SectionChecker } from "./section-check";
import { checkScopeSection } from "./scope";
import { checkSovereigntySection } from "./sovereignty";
import { checkTimelineSection } from "./timeline";

/** Every section's rules, one file each; a section whose checker answers null does not apply. */
export const SECTION_CHECKERS: Record<TenderSection, SectionChecker> = {
  about: checkAboutSection,
  procedure: checkProcedureSection,
  scope: checkScopeSection,
  lots: checkLotsSection,
  requirements: checkRequirementsSection,
  clauses: checkClausesSection,
  sovereignty: checkSovereigntySection,
  criteria: checkCriteriaSection,
  phases: checkPhasesSection,
  timeline: checkTimelineSection,
};
