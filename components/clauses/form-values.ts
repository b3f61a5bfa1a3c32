import type { Clause, ClauseParameterValue, ClauseParameterValues } from "@/lib/domain/clauses/clause-model";
import { chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";

export type FormParameterValue = string | string[];
export type FormClause = { key: string; version: number; values: Record<string, FormParameterValue> };

/**
 * A chosen clause as the form edits it: every parameter present, numbers as text. Standards and
 * options start at their defaults (a checkbox group or radios cannot show "default"); text and
 * numbers stay blank, and their hint names the default that applies.
 */
export function formClause(clause: Clause, values: ClauseParameterValues): FormClause {
  const formValues: Record<string, FormParameterValue> = {};
  for (const parameter of clause.parameters) {
    const given: ClauseParameterValue | undefined = values[parameter.name];
    if (parameter.kind === "STANDARDS") {
      formValues[parameter.name] =
        Array.isArray(given) && given.length > 0 ? [...given] : [...(parameter.default ?? [])];
    } else if (parameter.kind === "CHOICE") {
      formValues[parameter.name] = typeof given === "string" && given !== "" ? given : (parameter.default ?? "");
    } else {
      formValues[parameter.name] = given === undefined || Array.isArray(given) ? "" : String(given);
    }
  }
  return { key: clause.key, version: clause.version, values: formValues };
}

/**
 * Every definition a clauses page may need, by key@version: the library's current versions (for
 * adding and for updates) and the versions chosen (which may be older).
 */
export function definitionsByVersion(current: Clause[], chosen: ReadonlyMap<string, Clause>): Record<string, Clause> {
  return Object.fromEntries([
    ...current.map((clause) => [chosenVersionKey(clause.key, clause.version), clause] as const),
    ...chosen,
  ]);
}

/** A saved choice as the form edits it; no values when the library no longer has its version. */
export function chosenFormClause(
  chosen: { key: string; version: number; values: ClauseParameterValues },
  versions: ReadonlyMap<string, Clause>,
): FormClause {
  const clause = versions.get(chosenVersionKey(chosen.key, chosen.version));
  return clause ? formClause(clause, chosen.values) : { key: chosen.key, version: chosen.version, values: {} };
}
