import type { Clause, ClauseParameterValue, ClauseParameterValues } from "@/lib/domain/clauses/clause-model";

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
