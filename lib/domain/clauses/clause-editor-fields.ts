import type { ProblemValues } from "@/lib/domain/tender/problem";
import type { Clause } from "./clause-model";
import type { ClauseProblem } from "./clause-problems";

/**
 * Where the library editor shows a problem of the clause check, and with which message. The
 * check speaks of the clause (`content.fr.parameters.months.label`); the form holds the same data
 * per parameter (`parameters.0.text.fr.label`), so each path is translated to the field that can
 * fix it. A problem no field can fix goes to the form as a whole (`_form`).
 */
export function editorProblem(
  problem: ClauseProblem,
  clause: Pick<Clause, "parameters">,
): { field: string; code: string; values?: ProblemValues } {
  return { field: editorFieldOf(problem.path, clause), ...editorMessage(problem) };
}

/**
 * A default that breaks its parameter's rules is reported with the rule it breaks ("A number of
 * months cannot be negative"), since the message sits next to that parameter's default.
 */
function editorMessage(problem: ClauseProblem): { code: string; values?: ProblemValues } {
  const reason = problem.values?.reason;
  if (problem.code === "clauses.defaultInvalid" && typeof reason === "string") {
    const { reason: _reason, ...values } = problem.values!;
    return { code: reason, values };
  }
  return problem.values ? { code: problem.code, values: problem.values } : { code: problem.code };
}

const SIMPLE_FIELD =
  /^(key|category|status|topics|applicability\.(contractNatures|procedureTypes|cpvPrefixes)|content\.(en|fr|de)\.(title|body|guidance\.(why|whenToUse|pitfalls))|(legalBasis|sources)\.\d+\.(citation|url)|sources)$/;

export function editorFieldOf(path: string | undefined, clause: Pick<Clause, "parameters">): string {
  if (!path) return "_form";
  if (SIMPLE_FIELD.test(path)) return path;
  const listItem = /^(applicability\.(?:contractNatures|procedureTypes|cpvPrefixes)|topics)\.\d+$/.exec(path);
  if (listItem) return listItem[1]!;
  if (/^content\.(en|fr|de)$/.test(path)) return `${path}.title`;

  const parameter = /^parameters\.(\d+)(?:\.([a-zA-Z]+)(?:\.(\d+))?)?$/.exec(path);
  if (parameter) {
    const [, index, field, item] = parameter;
    const at = `parameters.${index}`;
    switch (field) {
      case undefined:
        // min above max: the maximum is where the eye goes.
        return `${at}.max`;
      case "minItems":
        return `${at}.min`;
      case "maxItems":
        return `${at}.max`;
      case "options":
        return item === undefined ? `${at}.options` : `${at}.options.${item}.value`;
      default:
        return `${at}.${field}`;
    }
  }

  // An option's code may be blank ("…options."), which the option check reports on its own.
  const text = /^content\.(en|fr|de)\.parameters\.([^.]+)(?:\.(label|options)(?:\.(.*))?)?$/.exec(path);
  if (text) {
    const [, locale, name, part, option] = text;
    const index = clause.parameters.findIndex((candidate) => candidate.name === name);
    if (index === -1 || part === undefined) return "_form";
    if (part === "label") return `parameters.${index}.text.${locale}.label`;
    const declared = clause.parameters[index]!;
    const optionIndex = declared.kind === "CHOICE" ? declared.options.indexOf(option ?? "") : -1;
    return optionIndex === -1
      ? `parameters.${index}.options`
      : `parameters.${index}.options.${optionIndex}.wording.${locale}`;
  }
  return "_form";
}
