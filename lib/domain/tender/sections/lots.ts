import { checkLotDivision } from "../lots";
import type { SectionChecker } from "./section-check";

/** Complete with two lots or more, or with the reasons for not dividing (Art. 46(1)). */
export const checkLotsSection: SectionChecker = (tender, { threshold }) => {
  const started = tender.lots.length > 0 || tender.reasonsForNotDividing.trim() !== "";
  const division = checkLotDivision({
    lotCount: tender.lots.length,
    reasonsForNotDividing: tender.reasonsForNotDividing,
    isAboveThreshold: threshold?.isAboveThreshold ?? true,
  });
  return {
    started,
    complete: started && division.length === 0,
    // Until the drafter starts, missing reasons are work to do, not a fault.
    problems: started ? division : [],
  };
};
