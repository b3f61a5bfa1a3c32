import { CLAUSE_CATEGORIES, type Clause, type ClauseStatus, type TenderProfile } from "./clause-model";

/**
 * Whether a clause fits a tender: each of its applicability lists is empty ("any") or names the
 * tender's contract nature, procedure type, or a prefix of one of its CPV codes. A tender that
 * has not chosen a nature, procedure or CPV code yet is not held against the clause: proposing a
 * clause too early is harmless, hiding one is not.
 */
export function isClauseApplicable(clause: Clause, tender: TenderProfile): boolean {
  const { contractNatures, procedureTypes, cpvPrefixes } = clause.applicability;
  if (contractNatures.length > 0 && tender.contractNature && !contractNatures.includes(tender.contractNature)) {
    return false;
  }
  if (procedureTypes.length > 0 && tender.procedureType && !procedureTypes.includes(tender.procedureType)) {
    return false;
  }
  if (cpvPrefixes.length > 0 && tender.cpvCodes.length > 0) {
    return tender.cpvCodes.some((code) => cpvPrefixes.some((prefix) => code.startsWith(prefix)));
  }
  return true;
}

/**
 * The clauses to propose up front for a tender: the mandatory and recommended clauses that fit
 * it, in document order (by category as in CLAUSE_CATEGORIES, mandatory before recommended within
 * a category, then in library order).
 */
export function recommendedClauses(library: readonly Clause[], tender: TenderProfile): Clause[] {
  return sortClauses(
    library.filter((clause) => clause.status !== "OPTIONAL" && isClauseApplicable(clause, tender)),
    library,
  );
}

/** Clauses in document order; `library` gives the order within a category and status. */
export function sortClauses(clauses: readonly Clause[], library: readonly Clause[] = clauses): Clause[] {
  const position = new Map(library.map((clause, index) => [clause.key, index]));
  return [...clauses].sort(
    (a, b) =>
      CLAUSE_CATEGORIES.indexOf(a.category) - CLAUSE_CATEGORIES.indexOf(b.category) ||
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (position.get(a.key) ?? 0) - (position.get(b.key) ?? 0),
  );
}

const STATUS_ORDER: Record<ClauseStatus, number> = { MANDATORY: 0, RECOMMENDED: 1, OPTIONAL: 2 };
