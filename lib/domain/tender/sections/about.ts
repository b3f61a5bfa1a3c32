import type { SectionChecker } from "./section-check";

// Title alone comes from creating the tender: the section starts once anything else is given.
export const checkAboutSection: SectionChecker = (tender) => ({
  started: tender.summary.trim() !== "" || tender.contractNature !== null,
  complete: tender.summary.trim() !== "" && tender.contractNature !== null,
  problems: [],
});
