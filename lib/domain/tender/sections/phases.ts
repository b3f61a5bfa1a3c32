import { compareCeilingsWithEstimate, innovationPartnershipValueCents, validatePhases } from "../innovation-phases";
import type { Problem } from "../problem";
import type { SectionChecker } from "./section-check";

/** Only an innovation partnership has phases (Art. 31); for other procedures there is no task. */
export const checkPhasesSection: SectionChecker = (tender) => {
  if (tender.procedureType !== "INNOVATION_PARTNERSHIP") return null;
  const phases = tender.innovationPhases;
  const problems: Problem[] = validatePhases(phases);
  // The estimate is the total of all phases (Art. 5(7)): a lower one is advice, not a fault here.
  const comparison = compareCeilingsWithEstimate(innovationPartnershipValueCents(phases), tender.estimatedValueCents);
  if (comparison.kind === "EXCEEDS") {
    problems.push({ code: "phases.ceilingsExceedEstimate", severity: "warning", path: "phases" });
  }
  return {
    started: phases.length > 0,
    complete: phases.length > 0 && !problems.some((problem) => problem.severity === "incomplete"),
    problems: problems.filter((problem) => problem.severity !== "incomplete"),
  };
};
