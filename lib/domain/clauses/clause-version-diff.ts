import type { Locale } from "@/lib/i18n/config";
import type { Clause, ClauseParameter } from "./clause-model";
import { formatParameterValue } from "./render-clause";
import { diffWords, hasChanges, type DiffPart } from "./text-diff";

/**
 * What changed between two versions of a clause, in one language, for the drafter deciding
 * whether to take the update into a tender: the title and body word by word, the parameters one by
 * one (with old and new defaults written out), and which other parts of the definition moved.
 */
export type ClauseVersionDiff = {
  readonly key: string;
  readonly fromVersion: number;
  readonly toVersion: number;
  /** True when anything below differs. */
  readonly changed: boolean;
  readonly title: readonly DiffPart[];
  readonly body: readonly DiffPart[];
  readonly parameters: readonly ParameterChange[];
  readonly otherChanges: readonly OtherChange[];
};

export type ParameterChange = {
  readonly name: string;
  /** The newer label (the older one for a removed parameter). */
  readonly label: string;
  readonly change: "added" | "removed" | "changed";
  /** For "changed": which aspects differ. */
  readonly aspects: readonly ParameterAspect[];
  /** Defaults as tender text, when there is one. */
  readonly defaultBefore?: string;
  readonly defaultAfter?: string;
};

export type ParameterAspect = "kind" | "required" | "default" | "constraints" | "label";

export const OTHER_CHANGES = [
  "category",
  "status",
  "topics",
  "applicability",
  "legalBasis",
  "sources",
  "guidance",
] as const;
export type OtherChange = (typeof OTHER_CHANGES)[number];

export function clauseVersionDiff(older: Clause, newer: Clause, locale: Locale): ClauseVersionDiff {
  const before = older.content[locale];
  const after = newer.content[locale];
  const title = diffWords(before.title, after.title);
  const body = diffWords(before.body, after.body);
  const parameters = parameterChanges(older, newer, locale);
  const otherChanges = OTHER_CHANGES.filter((field) =>
    field === "guidance"
      ? !same(before.guidance, after.guidance)
      : !same((older as Record<string, unknown>)[field], (newer as Record<string, unknown>)[field]),
  );
  return {
    key: newer.key,
    fromVersion: older.version,
    toVersion: newer.version,
    changed: hasChanges(title) || hasChanges(body) || parameters.length > 0 || otherChanges.length > 0,
    title,
    body,
    parameters,
    otherChanges,
  };
}

function parameterChanges(older: Clause, newer: Clause, locale: Locale): ParameterChange[] {
  const olderByName = new Map(older.parameters.map((parameter) => [parameter.name, parameter]));
  const newerNames = new Set(newer.parameters.map((parameter) => parameter.name));
  const changes: ParameterChange[] = [];
  for (const parameter of newer.parameters) {
    const previous = olderByName.get(parameter.name);
    const label = newer.content[locale].parameters[parameter.name]?.label ?? parameter.name;
    const defaultAfter = describeDefault(newer, parameter, locale);
    if (!previous) {
      changes.push({ name: parameter.name, label, change: "added", aspects: [], ...defined({ defaultAfter }) });
      continue;
    }
    const aspects = changedAspects(older, previous, newer, parameter, locale);
    if (aspects.length === 0) continue;
    const defaultBefore = describeDefault(older, previous, locale);
    changes.push({
      name: parameter.name,
      label,
      change: "changed",
      aspects,
      ...defined({ defaultBefore, defaultAfter }),
    });
  }
  for (const parameter of older.parameters) {
    if (newerNames.has(parameter.name)) continue;
    const label = older.content[locale].parameters[parameter.name]?.label ?? parameter.name;
    const defaultBefore = describeDefault(older, parameter, locale);
    changes.push({ name: parameter.name, label, change: "removed", aspects: [], ...defined({ defaultBefore }) });
  }
  return changes;
}

function changedAspects(
  older: Clause,
  before: ClauseParameter,
  newer: Clause,
  after: ClauseParameter,
  locale: Locale,
): ParameterAspect[] {
  const { name, kind, required, default: defaultBefore, ...constraintsBefore } = before;
  const { name: _name, kind: kindAfter, required: requiredAfter, default: defaultAfter, ...constraintsAfter } = after;
  const aspects: ParameterAspect[] = [];
  if (kind !== kindAfter) aspects.push("kind");
  if (required !== requiredAfter) aspects.push("required");
  if (!same(defaultBefore, defaultAfter)) aspects.push("default");
  if (!same(constraintsBefore, constraintsAfter)) aspects.push("constraints");
  if (!same(older.content[locale].parameters[name], newer.content[locale].parameters[name])) aspects.push("label");
  return aspects;
}

function describeDefault(clause: Clause, parameter: ClauseParameter, locale: Locale): string | undefined {
  if (parameter.default === undefined) return undefined;
  const options = clause.content[locale].parameters[parameter.name]?.options;
  return formatParameterValue(parameter, parameter.default, locale, options);
}

/** Compares by content, whatever the key order (a version read back from jsonb has its keys sorted). */
function same(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

/** Leaves out keys whose value is undefined, so results compare and serialise cleanly. */
function defined<T extends Record<string, string | undefined>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}
