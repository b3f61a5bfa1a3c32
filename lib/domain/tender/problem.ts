/**
 * What the tender rules report instead of throwing: a machine code the UI translates (e.g.
 * `timeline.tenderDeadlineTooSoon`), the values its message needs, and where it applies.
 *
 * - `error`: the rule is broken; the tender should not go further as it is.
 * - `warning`: lawful, but a known risk or bad practice worth a second look.
 * - `incomplete`: something needed for the check is not filled in yet; not a fault of the draft.
 */
export type ProblemSeverity = "error" | "warning" | "incomplete";

export type ProblemValues = Readonly<Record<string, string | number>>;

export type Problem<Code extends string = string> = {
  code: Code;
  severity: ProblemSeverity;
  /** Field path in the form's naming (`criteria.0.children.1.weight`), when it concerns one field. */
  path?: string;
  values?: ProblemValues;
};

/** True when any problem is an error (warnings and missing data do not block). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}
