/**
 * Where a finding's field path (`summary`, `requirements.3.text`, `lots.1.description`,
 * `criteria.0.children.1.name`, `phases.0.objectives.2`, `minimumSeal.SOV-1.justification`,
 * `clauses.2.parameters.formats.0`, see tender-fields.ts) lives in the saved tender, so the
 * one-click fix can read the text and write the corrected one back to the right column.
 */

/** The parts of a saved tender a fix may change, by their column names. */
export type EditableTender = {
  title: string;
  summary: string;
  reasonsForNotDividing: string;
  lots: readonly unknown[];
  requirements: readonly unknown[];
  award: unknown;
  innovationPhases: readonly unknown[];
  sovereignty: unknown;
  clauses: readonly unknown[];
};

type Column = keyof EditableTender;

/** The column, and the path inside its JSON value (empty for a plain text column). */
type Target = { column: Column; path: string[] };

function targetOf(field: string): Target | null {
  const [head, ...rest] = field.split(".");
  switch (head) {
    case "title":
    case "summary":
    case "reasonsForNotDividing":
      return rest.length === 0 ? { column: head, path: [] } : null;
    case "lots":
    case "requirements":
      return { column: head, path: rest };
    case "phases":
      return { column: "innovationPhases", path: rest };
    case "criteria":
    case "minimumSeal":
      // Stored inside an object: { criteria: [...] }, { minimumSeal: {...} }.
      return { column: head === "criteria" ? "award" : "sovereignty", path: [head, ...rest] };
    case "clauses": {
      // A chosen clause keeps the drafter's parameter values under `values`.
      const [index, parameters, ...name] = rest;
      return index !== undefined && parameters === "parameters" && name.length > 0
        ? { column: "clauses", path: [index, "values", ...name] }
        : null;
    }
    default:
      return null;
  }
}

function childOf(container: unknown, key: string): unknown {
  if (Array.isArray(container)) return /^\d+$/.test(key) ? container[Number(key)] : undefined;
  if (container !== null && typeof container === "object" && Object.hasOwn(container, key)) {
    return (container as Record<string, unknown>)[key];
  }
  return undefined;
}

/** The text of the field, or undefined when the path leads to no text (a stale or forged path). */
export function readTenderField(tender: EditableTender, field: string): string | undefined {
  const target = targetOf(field);
  if (!target) return undefined;
  const value = target.path.reduce<unknown>((container, key) => childOf(container, key), tender[target.column]);
  return typeof value === "string" ? value : undefined;
}

/**
 * The column to save with the field's new text, the rest of the column unchanged (a copy: the
 * tender given is not touched). Null when the path leads to no text.
 */
export function writeTenderField(
  tender: EditableTender,
  field: string,
  text: string,
): { column: Column; value: unknown } | null {
  const target = targetOf(field);
  if (!target || readTenderField(tender, field) === undefined) return null;
  if (target.path.length === 0) return { column: target.column, value: text };
  const root: unknown = structuredClone(tender[target.column]);
  let container = root as Record<string, unknown>;
  for (const key of target.path.slice(0, -1)) container = container[key] as Record<string, unknown>;
  container[target.path.at(-1)!] = text;
  return { column: target.column, value: root };
}
