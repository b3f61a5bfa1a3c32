import type { SectionChecker } from "./section-check";

export const checkScopeSection: SectionChecker = (tender) => {
  const given = [tender.mainCpv, tender.estimatedValueCents, tender.durationMonths].filter((value) => value !== null);
  return { started: given.length > 0, complete: given.length === 3, problems: [] };
};
