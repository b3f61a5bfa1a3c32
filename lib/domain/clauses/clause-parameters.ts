import { findOpenStandard, suggestOpenStandard } from "@/lib/domain/standards/open-standards";
import { deprecatedLicenceReplacement, lookupSpdxLicence } from "@/lib/domain/spdx/spdx-licence-list";
import type {
  Clause,
  ClauseParameter,
  ClauseParameterValue,
  ClauseParameterValues,
  DurationParameter,
  LicenceAcceptance,
  StandardsParameter,
} from "./clause-model";
import { clauseError, clauseWarning, type ClauseProblem } from "./clause-problems";

/**
 * Checks the values a drafter gave a clause's parameters. Values come from forms, the database or
 * an imported file, so they are read defensively: numbers may arrive as text ("24", "99,5").
 * An empty value (blank text, empty list) means "not given", and the parameter's default applies.
 */
export function validateClauseParameters(clause: Clause, values: ClauseParameterValues): ClauseProblem[] {
  const problems: ClauseProblem[] = [];
  const declared = new Set(clause.parameters.map((parameter) => parameter.name));
  for (const name of Object.keys(values)) {
    if (!declared.has(name) && !isBlank(values[name])) {
      problems.push(clauseError("clauses.parameterUnknown", `parameters.${name}`, { parameter: name }));
    }
  }
  const effective = effectiveParameterValues(clause, values);
  for (const parameter of clause.parameters) {
    const value = effective[parameter.name];
    const path = `parameters.${parameter.name}`;
    if (value === undefined) {
      if (parameter.required)
        problems.push(clauseError("clauses.parameterMissing", path, { parameter: parameter.name }));
      continue;
    }
    problems.push(...validateParameterValue(parameter, value, path));
  }
  return problems;
}

/** The values a clause is rendered with: each declared parameter's given value, else its default. */
export function effectiveParameterValues(
  clause: Clause,
  values: ClauseParameterValues,
): Record<string, ClauseParameterValue | undefined> {
  return Object.fromEntries(
    clause.parameters.map((parameter) => {
      const given = values[parameter.name];
      return [parameter.name, isBlank(given) ? parameter.default : given];
    }),
  );
}

/** The problems of one value of one parameter; `path` prefixes every problem's path. */
export function validateParameterValue(
  parameter: ClauseParameter,
  value: ClauseParameterValue,
  path: string,
): ClauseProblem[] {
  const named = { parameter: parameter.name };
  switch (parameter.kind) {
    case "MONTHS":
    case "DAYS":
    case "HOURS":
      return checkNumber(value, path, named, true, durationRange(parameter), NEGATIVE_CODES[parameter.kind]);
    case "PERCENT":
      return checkNumber(value, path, named, false, { min: parameter.min ?? 0, max: parameter.max ?? 100 });
    case "INTEGER":
      return checkNumber(value, path, named, true, parameter);
    case "SPDX_LICENCE":
      if (typeof value !== "string") return [clauseError("clauses.notAText", path, named)];
      return checkLicence(value.trim(), parameter.accept, path, named);
    case "STANDARDS":
      return checkStandards(parameter, value, path);
    case "TEXT":
      if (typeof value !== "string") return [clauseError("clauses.notAText", path, named)];
      return value.trim().length > parameter.maxLength
        ? [
            clauseError("clauses.textTooLong", path, {
              ...named,
              max: parameter.maxLength,
              length: value.trim().length,
            }),
          ]
        : [];
    case "URL":
      if (typeof value !== "string") return [clauseError("clauses.notAText", path, named)];
      return isHttpUrl(value.trim()) ? [] : [clauseError("clauses.urlInvalid", path, { ...named, value })];
    case "CHOICE":
      return typeof value === "string" && parameter.options.includes(value)
        ? []
        : [clauseError("clauses.choiceUnknown", path, { ...named, value: String(value) })];
  }
}

/** Reads a number given as a number or as text ("24", "-3", "99,5"); NaN for anything else. */
export function readNumber(value: ClauseParameterValue): number {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return Number.NaN;
  const text = value.trim().replace(/^(-?\d+),(\d+)$/, "$1.$2");
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/** Blank text and empty lists count as "not given". */
export function isBlank(value: ClauseParameterValue | undefined | null): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

const NEGATIVE_CODES = {
  MONTHS: "clauses.monthsNegative",
  DAYS: "clauses.daysNegative",
  HOURS: "clauses.hoursNegative",
} as const;

/** A duration is never negative, whatever the definition says. */
function durationRange(parameter: DurationParameter): { min?: number; max?: number } {
  return { min: Math.max(parameter.min ?? 0, 0), max: parameter.max };
}

function checkNumber(
  value: ClauseParameterValue,
  path: string,
  named: { parameter: string },
  whole: boolean,
  range: { min?: number; max?: number },
  negativeCode?: (typeof NEGATIVE_CODES)[keyof typeof NEGATIVE_CODES],
): ClauseProblem[] {
  const number = readNumber(value);
  if (!Number.isFinite(number)) return [clauseError("clauses.notANumber", path, { ...named, value: String(value) })];
  if (whole && !Number.isInteger(number))
    return [clauseError("clauses.notAWholeNumber", path, { ...named, value: number })];
  // "−3 months" is a different mistake from "2 months, below the minimum of 6": say which.
  if (negativeCode && number < 0) return [clauseError(negativeCode, path, { ...named, value: number })];
  if (range.min !== undefined && number < range.min) {
    return [clauseError("clauses.tooSmall", path, { ...named, value: number, min: range.min })];
  }
  if (range.max !== undefined && number > range.max) {
    return [clauseError("clauses.tooLarge", path, { ...named, value: number, max: range.max })];
  }
  return [];
}

function checkLicence(id: string, accept: LicenceAcceptance, path: string, named: { parameter: string }) {
  if (/\s(?:AND|OR|WITH)\s/i.test(id))
    return [clauseError("clauses.licenceNotSingleId", path, { ...named, value: id })];
  const lookup = lookupSpdxLicence(id);
  if (lookup.kind === "unknown") {
    return [
      lookup.suggestion
        ? clauseError("clauses.licenceUnknownWithSuggestion", path, {
            ...named,
            value: id,
            suggestion: lookup.suggestion.id,
          })
        : clauseError("clauses.licenceUnknown", path, { ...named, value: id }),
    ];
  }
  const problems: ClauseProblem[] = [];
  const { licence } = lookup;
  if (lookup.kind === "caseMismatch") {
    problems.push(clauseError("clauses.licenceCase", path, { ...named, value: id, suggestion: licence.id }));
  }
  if (licence.isDeprecated) {
    const replacement = deprecatedLicenceReplacement(licence.id);
    problems.push(
      replacement
        ? clauseWarning("clauses.licenceDeprecatedWithSuggestion", path, {
            ...named,
            value: licence.id,
            suggestion: replacement.id,
          })
        : clauseWarning("clauses.licenceDeprecated", path, { ...named, value: licence.id }),
    );
  }
  if (accept === "OSI_APPROVED" && !licence.isOsiApproved) {
    problems.push(clauseError("clauses.licenceNotOsiApproved", path, { ...named, value: licence.id }));
  }
  if (accept === "FREE" && !licence.isOsiApproved && licence.isFsfLibre !== true) {
    problems.push(clauseError("clauses.licenceNotFree", path, { ...named, value: licence.id }));
  }
  return problems;
}

function checkStandards(parameter: StandardsParameter, value: ClauseParameterValue, path: string): ClauseProblem[] {
  const named = { parameter: parameter.name };
  if (!Array.isArray(value)) return [clauseError("clauses.notAList", path, named)];
  const problems: ClauseProblem[] = [];
  const seen = new Set<string>();
  (value as readonly unknown[]).forEach((item, index) => {
    const itemPath = `${path}.${index}`;
    const id = typeof item === "string" ? item.trim() : String(item);
    const standard = findOpenStandard(id);
    if (!standard) {
      const suggestion = suggestOpenStandard(id);
      problems.push(
        suggestion
          ? clauseError("clauses.standardUnknownWithSuggestion", itemPath, {
              ...named,
              value: id,
              suggestion: suggestion.id,
            })
          : clauseError("clauses.standardUnknown", itemPath, { ...named, value: id }),
      );
    } else if (parameter.areas && !parameter.areas.includes(standard.area)) {
      problems.push(clauseError("clauses.standardNotAllowed", itemPath, { ...named, value: standard.name }));
    } else if (seen.has(id)) {
      problems.push(clauseError("clauses.standardDuplicate", itemPath, { ...named, value: standard.name }));
    }
    seen.add(id);
  });
  if (parameter.minItems !== undefined && value.length < parameter.minItems) {
    problems.push(clauseError("clauses.tooFewStandards", path, { ...named, min: parameter.minItems }));
  }
  if (parameter.maxItems !== undefined && value.length > parameter.maxItems) {
    problems.push(clauseError("clauses.tooManyStandards", path, { ...named, max: parameter.maxItems }));
  }
  return problems;
}

function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text) || /\s/.test(text)) return false;
  try {
    return new URL(text).hostname.includes(".");
  } catch {
    return false;
  }
}
