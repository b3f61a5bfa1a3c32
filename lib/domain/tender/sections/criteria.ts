import { criteriaWarnings, validateCriteria } from "../award-criteria";
import type { SectionChecker } from "./section-check";

export const checkCriteriaSection: SectionChecker = (tender) => {
  const award = tender.award;
  if (!award || award.criteria.length === 0) return { started: false, complete: false, problems: [] };
  return {
    started: true,
    complete: true,
    problems: [
      ...validateCriteria(award, { procedure: tender.procedureType }),
      // Tender Commons drafts software tenders, where price alone is rarely the right basis.
      ...criteriaWarnings(award.criteria, { complexSoftware: true }),
    ],
  };
};
