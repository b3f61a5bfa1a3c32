import { flattenCriteria } from "../criteria-tree";
import { checkRequirements } from "../requirements";
import type { SectionChecker } from "./section-check";

export const checkRequirementsSection: SectionChecker = (tender) => {
  const criterionKeys = flattenCriteria(tender.award?.criteria ?? []).map(({ criterion }) => criterion.key);
  return {
    started: tender.requirements.length > 0,
    complete: tender.requirements.length > 0,
    problems: checkRequirements(tender.requirements, criterionKeys),
  };
};
