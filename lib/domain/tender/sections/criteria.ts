import { criteriaWarnings, validateCriteria } from "../award-criteria";
import type { SectionChecker } from "./section-check";

export const checkCriteriaSection: SectionChecker = (tender) => {
  const criteria = tender.award?.criteria ?? [];
  if (criteria.length === 0) return { started: false, complete: false, problems: [] };
  return {
    started: true,
    complete: true,
    problems: [
      ...validateCriteria(criteria, { procedure: tender.procedureType }),
      ...criteriaWarnings(criteria, { complexSoftware: true }),
    ],
  };
};
