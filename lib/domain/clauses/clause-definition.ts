import { LOCALES, type Locale } from "@/lib/i18n/config";
import { CONTRACT_NATURES, PROCEDURE_TYPES } from "@/lib/domain/tender/tender-enums";
import {
  CLAUSE_CATEGORIES,
  CLAUSE_STATUSES,
  LICENCE_ACCEPTANCE,
  PARAMETER_KINDS,
  type Clause,
  type ClauseContent,
  type ClauseParameter,
  type ClauseSource,
} from "./clause-model";
import { validateParameterValue } from "./clause-parameters";
import { clauseError, type ClauseProblem } from "./clause-problems";
import { CLAUSE_TOPICS, REQUIRED_CLAUSE_TOPICS } from "./clause-topics";
import { PARAMETER_NAME, findPlaceholders } from "./placeholders";

/**
 * Checks a clause as the library editor saves it: a well-formed key and version, a known
 * category, status and topics, all three language versions complete, every `{{placeholder}}`
 * declared and every declared parameter used in each language, valid parameter definitions and
 * defaults, and at least one source with a real address. Data may come from a form or the
 * database, so nothing is assumed present.
 */
export function validateClauseDefinition(clause: Clause): ClauseProblem[] {
  return [
    ...checkIdentity(clause),
    ...checkParameters(clause.parameters ?? []),
    ...LOCALES.flatMap((locale) => checkContent(clause, locale)),
    ...checkApplicability(clause),
    ...checkSources(clause),
  ];
}

/**
 * Checks a whole library: each clause, keys unique, and every required topic covered by at least
 * one clause (so retiring the last clause on a topic is caught). Paths start with the clause key.
 */
export function validateClauseLibrary(library: readonly Clause[]): ClauseProblem[] {
  const problems: ClauseProblem[] = [];
  const seen = new Set<string>();
  for (const clause of library) {
    if (seen.has(clause.key)) problems.push(clauseError("clauses.keyDuplicate", clause.key, { key: clause.key }));
    seen.add(clause.key);
    for (const problem of validateClauseDefinition(clause)) {
      problems.push({ ...problem, path: `${clause.key}.${problem.path ?? ""}` });
    }
  }
  for (const topic of REQUIRED_CLAUSE_TOPICS) {
    if (!library.some((clause) => clause.topics.includes(topic))) {
      problems.push(clauseError("clauses.requiredTopicUncovered", "topics", { topic }));
    }
  }
  return problems;
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CPV_PREFIX = /^\d{2,8}$/;
/** Addresses of the library's own pages (/clauses/new): a clause with such a key could not be opened. */
const RESERVED_KEYS: readonly string[] = ["new"];

function checkIdentity(clause: Clause): ClauseProblem[] {
  const problems: ClauseProblem[] = [];
  if (typeof clause.key !== "string" || !KEY.test(clause.key) || clause.key.length > 80) {
    problems.push(clauseError("clauses.keyInvalid", "key", { key: String(clause.key) }));
  } else if (RESERVED_KEYS.includes(clause.key)) {
    problems.push(clauseError("clauses.keyReserved", "key", { key: clause.key }));
  }
  if (!Number.isInteger(clause.version) || clause.version < 1) {
    problems.push(clauseError("clauses.versionInvalid", "version"));
  }
  if (!(CLAUSE_CATEGORIES as readonly string[]).includes(clause.category)) {
    problems.push(clauseError("clauses.categoryUnknown", "category", { category: String(clause.category) }));
  }
  if (!(CLAUSE_STATUSES as readonly string[]).includes(clause.status)) {
    problems.push(clauseError("clauses.statusUnknown", "status", { status: String(clause.status) }));
  }
  const topics = clause.topics ?? [];
  if (topics.length === 0) problems.push(clauseError("clauses.topicsMissing", "topics"));
  topics.forEach((topic, index) => {
    if (!(CLAUSE_TOPICS as readonly string[]).includes(topic)) {
      problems.push(clauseError("clauses.topicUnknown", `topics.${index}`, { topic: String(topic) }));
    }
  });
  return problems;
}

function checkParameters(parameters: readonly ClauseParameter[]): ClauseProblem[] {
  const problems: ClauseProblem[] = [];
  const seen = new Set<string>();
  parameters.forEach((parameter, index) => {
    const path = `parameters.${index}`;
    const named = { parameter: String(parameter.name) };
    if (typeof parameter.name !== "string" || !PARAMETER_NAME.test(parameter.name)) {
      problems.push(clauseError("clauses.parameterNameInvalid", `${path}.name`, named));
    } else if (seen.has(parameter.name)) {
      problems.push(clauseError("clauses.parameterDuplicate", `${path}.name`, named));
    }
    seen.add(parameter.name);
    if (!(PARAMETER_KINDS as readonly string[]).includes(parameter.kind)) {
      problems.push(
        clauseError("clauses.parameterKindUnknown", `${path}.kind`, { ...named, kind: String(parameter.kind) }),
      );
      return;
    }
    const shapeProblems = checkParameterShape(parameter, path);
    problems.push(...shapeProblems);
    // A default is only judged against a sound definition: one cause, one message.
    if (shapeProblems.length === 0 && parameter.default !== undefined) {
      for (const problem of validateParameterValue(parameter, parameter.default, `${path}.default`)) {
        // The value check's own values (the value, a suggestion, a limit) travel along, so the
        // editor can say exactly what is wrong with the default.
        problems.push({
          ...problem,
          code: "clauses.defaultInvalid",
          values: { ...problem.values, ...named, reason: problem.code },
        });
      }
    }
  });
  return problems;
}

function checkParameterShape(parameter: ClauseParameter, path: string): ClauseProblem[] {
  const named = { parameter: parameter.name };
  if (parameter.kind === "SPDX_LICENCE" && !(LICENCE_ACCEPTANCE as readonly string[]).includes(parameter.accept)) {
    return [clauseError("clauses.licenceAcceptanceUnknown", `${path}.accept`, named)];
  }
  if (parameter.kind === "CHOICE") return checkChoiceOptions(parameter.options ?? [], path, named);
  if (parameter.kind === "TEXT" && !(Number.isInteger(parameter.maxLength) && parameter.maxLength > 0)) {
    return [clauseError("clauses.maxLengthInvalid", `${path}.maxLength`, named)];
  }
  const limits: [string, number | undefined][] =
    parameter.kind === "STANDARDS"
      ? [
          ["minItems", parameter.minItems],
          ["maxItems", parameter.maxItems],
        ]
      : "min" in parameter || "max" in parameter
        ? [
            ["min", parameter.min],
            ["max", parameter.max],
          ]
        : [];
  // Counts of standards and durations cannot go below zero; other numbers may.
  const neverNegative = parameter.kind === "STANDARDS" || ["MONTHS", "DAYS", "HOURS"].includes(parameter.kind);
  const problems: ClauseProblem[] = [];
  for (const [field, value] of limits) {
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      problems.push(clauseError("clauses.limitNotANumber", `${path}.${field}`, named));
    } else if (neverNegative && value < 0) {
      problems.push(clauseError("clauses.limitNegative", `${path}.${field}`, { ...named, value }));
    }
  }
  const [min, max] = limits.map(([, value]) => value);
  if (problems.length === 0 && min !== undefined && max !== undefined && min > max) {
    problems.push(clauseError("clauses.rangeInvalid", path, { ...named, min, max }));
  }
  return problems;
}

const OPTION_CODE = /^[A-Za-z0-9_-]{1,40}$/;

function checkChoiceOptions(options: readonly string[], path: string, named: { parameter: string }): ClauseProblem[] {
  if (options.length === 0) return [clauseError("clauses.choiceOptionsMissing", `${path}.options`, named)];
  const seen = new Set<string>();
  return options.flatMap((option, index) => {
    const at = `${path}.options.${index}`;
    const problem =
      typeof option !== "string" || !OPTION_CODE.test(option)
        ? clauseError("clauses.choiceOptionInvalid", at, { ...named, option: String(option) })
        : seen.has(option)
          ? clauseError("clauses.choiceOptionDuplicate", at, { ...named, option })
          : null;
    seen.add(option);
    return problem ? [problem] : [];
  });
}

function checkContent(clause: Clause, locale: Locale): ClauseProblem[] {
  const content: ClauseContent | undefined = clause.content?.[locale];
  const path = `content.${locale}`;
  if (!content) return [clauseError("clauses.languageMissing", path, { locale })];
  const problems: ClauseProblem[] = [];
  if (blank(content.title)) problems.push(clauseError("clauses.titleMissing", `${path}.title`, { locale }));
  if (blank(content.body)) problems.push(clauseError("clauses.bodyMissing", `${path}.body`, { locale }));
  for (const part of ["why", "whenToUse", "pitfalls"] as const) {
    if (blank(content.guidance?.[part])) {
      problems.push(clauseError("clauses.guidanceMissing", `${path}.guidance.${part}`, { locale }));
    }
  }
  const declared = new Set((clause.parameters ?? []).map((parameter) => parameter.name));
  const used = new Set<string>();
  for (const field of ["title", "body"] as const) {
    const { placeholders, malformed } = findPlaceholders(content[field] ?? "");
    for (const placeholder of placeholders) {
      used.add(placeholder.name);
      if (!declared.has(placeholder.name)) {
        problems.push(
          clauseError("clauses.placeholderUndeclared", `${path}.${field}`, {
            locale,
            placeholder: placeholder.name,
            start: placeholder.start,
          }),
        );
      }
    }
    for (const bad of malformed) {
      problems.push(
        clauseError("clauses.placeholderMalformed", `${path}.${field}`, { locale, text: bad.text, start: bad.start }),
      );
    }
  }
  for (const parameter of clause.parameters ?? []) {
    if (!used.has(parameter.name)) {
      problems.push(clauseError("clauses.parameterUnused", `${path}.body`, { locale, parameter: parameter.name }));
    }
    problems.push(...checkParameterText(parameter, content, locale));
  }
  for (const name of Object.keys(content.parameters ?? {})) {
    if (!declared.has(name)) {
      problems.push(
        clauseError("clauses.parameterLabelUndeclared", `${path}.parameters.${name}`, { locale, parameter: name }),
      );
    }
  }
  return problems;
}

function checkParameterText(parameter: ClauseParameter, content: ClauseContent, locale: Locale): ClauseProblem[] {
  const text = content.parameters?.[parameter.name];
  const path = `content.${locale}.parameters.${parameter.name}`;
  if (blank(text?.label)) {
    return [clauseError("clauses.parameterLabelMissing", `${path}.label`, { locale, parameter: parameter.name })];
  }
  if (parameter.kind !== "CHOICE") return [];
  return (parameter.options ?? [])
    .filter((option) => blank(text?.options?.[option]))
    .map((option) =>
      clauseError("clauses.choiceOptionLabelMissing", `${path}.options.${option}`, {
        locale,
        parameter: parameter.name,
        option,
      }),
    );
}

function checkApplicability(clause: Clause): ClauseProblem[] {
  const problems: ClauseProblem[] = [];
  const applicability = clause.applicability ?? { contractNatures: [], procedureTypes: [], cpvPrefixes: [] };
  applicability.contractNatures.forEach((nature, index) => {
    if (!(CONTRACT_NATURES as readonly string[]).includes(nature)) {
      problems.push(
        clauseError("clauses.contractNatureUnknown", `applicability.contractNatures.${index}`, { value: nature }),
      );
    }
  });
  applicability.procedureTypes.forEach((type, index) => {
    if (!(PROCEDURE_TYPES as readonly string[]).includes(type)) {
      problems.push(
        clauseError("clauses.procedureTypeUnknown", `applicability.procedureTypes.${index}`, { value: type }),
      );
    }
  });
  applicability.cpvPrefixes.forEach((prefix, index) => {
    if (!CPV_PREFIX.test(prefix)) {
      problems.push(clauseError("clauses.cpvPrefixInvalid", `applicability.cpvPrefixes.${index}`, { value: prefix }));
    }
  });
  return problems;
}

function checkSources(clause: Clause): ClauseProblem[] {
  const lists = { legalBasis: clause.legalBasis ?? [], sources: clause.sources ?? [] };
  if (lists.legalBasis.length + lists.sources.length === 0) return [clauseError("clauses.sourcesMissing", "sources")];
  return (Object.entries(lists) as [string, readonly ClauseSource[]][]).flatMap(([list, sources]) =>
    sources.flatMap((source, index) => {
      const problems: ClauseProblem[] = [];
      if (blank(source.citation))
        problems.push(clauseError("clauses.sourceCitationMissing", `${list}.${index}.citation`));
      if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(source.url ?? "")) {
        problems.push(clauseError("clauses.sourceUrlInvalid", `${list}.${index}.url`, { url: String(source.url) }));
      }
      return problems;
    }),
  );
}

function blank(text: string | undefined): boolean {
  return typeof text !== "string" || text.trim() === "";
}
