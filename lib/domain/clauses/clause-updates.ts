import type { Clause, ClauseParameterValue, ClauseParameterValues } from "./clause-model";
import { isBlank, validateParameterValue } from "./clause-parameters";

/** A clause as a tender holds it: the version it chose and the values its drafter gave. */
export type ChosenClause = {
  readonly key: string;
  readonly version: number;
  readonly values: ClauseParameterValues;
};

/** The library's newer version of a chosen clause, or undefined when the tender is up to date. */
export function availableClauseUpdate(chosen: ChosenClause, library: readonly Clause[]): Clause | undefined {
  const current = library.find((clause) => clause.key === chosen.key);
  return current && current.version > chosen.version ? current : undefined;
}

/**
 * The drafter's values that survive taking a newer version: those whose parameter still exists
 * and whose value is still valid there (warnings such as a deprecated licence id do not count).
 * The others are listed in `dropped`, so the drafter is told, and their parameters fall back to
 * the newer defaults.
 */
export function carryOverParameterValues(
  newer: Clause,
  values: ClauseParameterValues,
): { values: Record<string, ClauseParameterValue>; dropped: string[] } {
  const kept: Record<string, ClauseParameterValue> = {};
  const dropped: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || isBlank(value)) continue;
    const parameter = newer.parameters.find((candidate) => candidate.name === name);
    const stillValid =
      parameter !== undefined &&
      validateParameterValue(parameter, value, name).every((problem) => problem.severity !== "error");
    if (stillValid) kept[name] = value;
    else dropped.push(name);
  }
  return { values: kept, dropped };
}
