import type { SectionChecker } from "./section-check";

/**
 * Started once a clause is chosen. Which topics the chosen clauses cover, and whether their
 * parameters are valid, needs the clauses' definitions from the library: the clauses section's
 * page and the lock-in linter check those.
 */
export const checkClausesSection: SectionChecker = (tender) => ({
  started: tender.clauses.length > 0,
  complete: tender.clauses.length > 0,
  problems: [],
});
