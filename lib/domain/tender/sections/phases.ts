import { validatePhases } from "../innovation-phases";
import type { SectionChecker } from "./section-check";

/** Only an innovation partnership has phases (Art. 31); for other procedures there is no task. */
export const checkPhasesSection: SectionChecker = (tender) => {
  if (tender.procedureType !== "INNOVATION_PARTNERSHIP") return null;
  const problems = validatePhases(tender.innovationPhases);
  return {
    started: tender.innovationPhases.length > 0,
    complete: tender.innovationPhases.length > 0 && !problems.some((problem) => problem.severity === "incomplete"),
    problems: problems.filter((problem) => problem.severity !== "incomplete"),
  };
};
