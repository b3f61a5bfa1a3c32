import type { SectionChecker } from "./section-check";

/**
 * Started and complete once a clause is chosen. Whether the chosen clauses' parameters are valid
 * and their versions exist needs the clauses' definitions, which live in the database: that check
 * is `chosenClauseProblems` (lib/domain/clauses/chosen-clauses.ts), run by the clauses page as the
 * drafter types and by the save action, which refuses any error. So a saved tender holds no
 * invalid values, and the task list needs no definitions (CheckContext stays as it is); the
 * topics the clauses cover are the lock-in linter's job.
 */
export const checkClausesSection: SectionChecker = (tender) => ({
  started: tender.clauses.length > 0,
  complete: tender.clauses.length > 0,
  problems: [],
});
