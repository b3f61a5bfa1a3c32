import type { Problem, ProblemValues } from "@/lib/domain/tender/problem";

/**
 * What the clause checks report, as codes the UI translates under `problems.<code>` (en, fr, de).
 * Parameter problems carry the path `parameters.<name>` (`parameters.<name>.<index>` for one item
 * of a list); definition problems carry the path of the field of the clause that is wrong
 * (`content.fr.body`, `parameters.2.max`, `legalBasis.0.url`).
 */
export const CLAUSE_PARAMETER_PROBLEM_CODES = [
  "clauses.parameterMissing",
  "clauses.parameterUnknown",
  "clauses.notANumber",
  "clauses.notAWholeNumber",
  "clauses.notAText",
  "clauses.notAList",
  "clauses.monthsNegative",
  "clauses.daysNegative",
  "clauses.hoursNegative",
  "clauses.tooSmall",
  "clauses.tooLarge",
  "clauses.licenceUnknown",
  "clauses.licenceUnknownWithSuggestion",
  "clauses.licenceCase",
  "clauses.licenceNotSingleId",
  "clauses.licenceDeprecated",
  "clauses.licenceDeprecatedWithSuggestion",
  "clauses.licenceNotOsiApproved",
  "clauses.licenceNotFree",
  "clauses.standardUnknown",
  "clauses.standardUnknownWithSuggestion",
  "clauses.standardNotAllowed",
  "clauses.standardDuplicate",
  "clauses.tooFewStandards",
  "clauses.tooManyStandards",
  "clauses.textTooLong",
  "clauses.urlInvalid",
  "clauses.choiceUnknown",
] as const;

export const CLAUSE_DEFINITION_PROBLEM_CODES = [
  "clauses.keyInvalid",
  "clauses.keyDuplicate",
  "clauses.keyReserved",
  "clauses.versionInvalid",
  "clauses.categoryUnknown",
  "clauses.statusUnknown",
  "clauses.topicsMissing",
  "clauses.topicUnknown",
  "clauses.requiredTopicUncovered",
  "clauses.languageMissing",
  "clauses.titleMissing",
  "clauses.bodyMissing",
  "clauses.guidanceMissing",
  "clauses.placeholderUndeclared",
  "clauses.placeholderMalformed",
  "clauses.parameterUnused",
  "clauses.parameterNameInvalid",
  "clauses.parameterDuplicate",
  "clauses.parameterKindUnknown",
  "clauses.parameterLabelMissing",
  "clauses.parameterLabelUndeclared",
  "clauses.licenceAcceptanceUnknown",
  "clauses.choiceOptionsMissing",
  "clauses.choiceOptionLabelMissing",
  "clauses.choiceOptionInvalid",
  "clauses.choiceOptionDuplicate",
  "clauses.rangeInvalid",
  "clauses.limitNotANumber",
  "clauses.limitNegative",
  "clauses.maxLengthInvalid",
  "clauses.defaultInvalid",
  "clauses.sourcesMissing",
  "clauses.sourceCitationMissing",
  "clauses.sourceUrlInvalid",
  "clauses.contractNatureUnknown",
  "clauses.procedureTypeUnknown",
  "clauses.cpvPrefixInvalid",
] as const;

export type ClauseParameterProblemCode = (typeof CLAUSE_PARAMETER_PROBLEM_CODES)[number];
export type ClauseDefinitionProblemCode = (typeof CLAUSE_DEFINITION_PROBLEM_CODES)[number];
export type ClauseProblemCode = ClauseParameterProblemCode | ClauseDefinitionProblemCode;
export type ClauseProblem = Problem<ClauseProblemCode>;

export function clauseError(code: ClauseProblemCode, path: string, values?: ProblemValues): ClauseProblem {
  return values ? { code, severity: "error", path, values } : { code, severity: "error", path };
}

export function clauseWarning(code: ClauseProblemCode, path: string, values?: ProblemValues): ClauseProblem {
  return values ? { code, severity: "warning", path, values } : { code, severity: "warning", path };
}
