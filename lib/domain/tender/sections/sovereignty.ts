import { proposeMinimumSeal, validateSealOverrides, validateSovereigntyWeights } from "../sovereignty";
import type { SectionChecker } from "./section-check";

export const checkSovereigntySection: SectionChecker = (tender) => {
  const profile = tender.sovereignty;
  if (!profile) return { started: false, complete: false, problems: [] };
  return {
    started: true,
    complete: true,
    problems: [
      ...validateSealOverrides(proposeMinimumSeal(profile.assessment), profile.minimumSeal),
      ...validateSovereigntyWeights(profile.weights),
    ],
  };
};
