import type { Problem } from "@/lib/domain/tender/problem";
import type { Clause, ClauseParameterValue, ClauseParameterValues } from "./clause-model";
import { isBlank, readNumber, validateClauseParameters } from "./clause-parameters";
import type { ChosenClause } from "./clause-updates";

/** How a chosen clause's definition is looked up: its key and the version the tender holds. */
export function chosenVersionKey(key: string, version: number): string {
  return `${key}@${version}`;
}

/**
 * Everything wrong with a tender's chosen clauses, given the definitions of the versions it holds
 * (by `key@version`): a version the library does not have, a clause chosen twice, and each
 * parameter problem of validateClauseParameters. Paths are in the tender form's naming
 * (`clauses.2.values.exitPlanMonths`), so the save action and the page put each message next to
 * its field. Warnings (a deprecated licence id) are kept with their severity.
 */
export function chosenClauseProblems(
  chosen: readonly ChosenClause[],
  definitions: ReadonlyMap<string, Clause>,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  chosen.forEach((entry, index) => {
    if (seen.has(entry.key)) {
      problems.push({
        code: "clauses.chosenTwice",
        severity: "error",
        path: `clauses.${index}.key`,
        values: { key: entry.key },
      });
    }
    seen.add(entry.key);
    const clause = definitions.get(chosenVersionKey(entry.key, entry.version));
    if (!clause) {
      problems.push({
        code: "clauses.versionMissing",
        severity: "error",
        path: `clauses.${index}.key`,
        values: { key: entry.key, version: entry.version },
      });
      return;
    }
    for (const problem of validateClauseParameters(clause, entry.values)) {
      problems.push({ ...problem, path: `clauses.${index}.values.${problem.path?.replace(/^parameters\./, "")}` });
    }
  });
  return problems;
}

/**
 * The values as the tender stores them: blanks left out (the default applies), text trimmed, and
 * numbers of numeric parameters stored as numbers ("24" → 24, "99,5" → 99.5). Call it only on
 * values that passed validation; undeclared parameters are dropped.
 */
export function normaliseParameterValues(
  clause: Clause,
  values: ClauseParameterValues,
): Record<string, ClauseParameterValue> {
  const normalised: Record<string, ClauseParameterValue> = {};
  for (const parameter of clause.parameters) {
    const value = values[parameter.name];
    if (value === undefined || isBlank(value)) continue;
    switch (parameter.kind) {
      case "MONTHS":
      case "DAYS":
      case "HOURS":
      case "PERCENT":
      case "INTEGER":
        normalised[parameter.name] = readNumber(value);
        break;
      case "STANDARDS":
        normalised[parameter.name] = Array.isArray(value) ? [...value] : [String(value)];
        break;
      default:
        normalised[parameter.name] = typeof value === "string" ? value.trim() : String(value);
    }
  }
  return normalised;
}
