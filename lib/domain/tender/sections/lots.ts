import { checkLots } from "../lots";
import { hasErrors } from "../problem";
import type { SectionChecker } from "./section-check";

/**
 * Complete with two lots or more, or with the reasons for not dividing (Art. 46(1)). The lots'
 * total against the estimated value (Art. 5(8)) is a warning: it does not hold the section back.
 */
export const checkLotsSection: SectionChecker = (tender, { threshold }) => {
  const started = tender.lots.length > 0 || tender.reasonsForNotDividing.trim() !== "";
  const problems = checkLots({
    lots: tender.lots,
    reasonsForNotDividing: tender.reasonsForNotDividing,
    estimatedValueCents: tender.estimatedValueCents,
    isAboveThreshold: threshold?.isAboveThreshold ?? true,
  });
  return {
    started,
    complete: started && !hasErrors(problems),
    // Until the drafter starts, missing reasons are work to do, not a fault.
    problems: started ? problems : [],
  };
};
