import { chosenVersionKey } from "./chosen-clauses";
import type { Clause } from "./clause-model";
import { effectiveParameterValues } from "./clause-parameters";
import type { ChosenClause } from "./clause-updates";

/**
 * One list of open standards a chosen clause requires: the value (or, left blank, the default)
 * of one STANDARDS parameter. `join` is how the clause reads it: "and" every standard is required,
 * "or" any one of them satisfies the clause.
 */
export type StandardRequirement = {
  readonly clauseKey: string;
  readonly parameter: string;
  readonly join: "and" | "or";
  readonly standardIds: readonly string[];
};

/**
 * The standard lists of a tender's chosen clauses, in the order of the clauses and their
 * parameters. A clause whose version is missing from `definitions` is skipped: its problem is
 * reported by chosenClauseProblems, and the bid cannot be asked about what the tender cannot show.
 */
export function standardRequirements(
  chosen: readonly ChosenClause[],
  definitions: ReadonlyMap<string, Clause>,
): StandardRequirement[] {
  const requirements: StandardRequirement[] = [];
  for (const entry of chosen) {
    const clause = definitions.get(chosenVersionKey(entry.key, entry.version));
    if (!clause) continue;
    const effective = effectiveParameterValues(clause, entry.values);
    for (const parameter of clause.parameters) {
      if (parameter.kind !== "STANDARDS") continue;
      const value = effective[parameter.name];
      if (value === undefined) continue;
      const ids = (Array.isArray(value) ? value : [value]).map((id) => String(id).trim()).filter((id) => id !== "");
      if (ids.length === 0) continue;
      requirements.push({
        clauseKey: entry.key,
        parameter: parameter.name,
        join: parameter.join ?? "and",
        standardIds: [...new Set(ids)],
      });
    }
  }
  return requirements;
}

/**
 * The open standards the tender requires, each once, in the order the clauses name them: the
 * standards a bid answers on (met / partly / not met). A standard of an "or" list is included too:
 * the bid says which of them it meets.
 */
export function requiredStandards(chosen: readonly ChosenClause[], definitions: ReadonlyMap<string, Clause>): string[] {
  return [...new Set(standardRequirements(chosen, definitions).flatMap((requirement) => requirement.standardIds))];
}
