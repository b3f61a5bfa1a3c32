/**
 * A finding's field path in words, as a message code under `tenders.openness.fields` and its
 * values (numbers counted from 1, as people count): `requirements.3.text` is "Requirement 4",
 * `criteria.0.children.1.name` is "Award criterion 1.2: name".
 */
export type FieldDescription = { code: string; values: Record<string, string | number> };

const WHOLE = new Set([
  "title",
  "summary",
  "reasonsForNotDividing",
  "requirements",
  "criteria",
  "clauses",
  "procedureGround",
]);

export function describeField(field: string): FieldDescription {
  if (WHOLE.has(field)) return { code: field, values: {} };
  const parts = field.split(".");
  const number = (part: string | undefined) => Number(part) + 1;
  let match: RegExpMatchArray | null;
  if ((match = field.match(/^lots\.(\d+)\.(title|description)$/))) {
    return { code: `lot.${match[2]}`, values: { lot: number(match[1]) } };
  }
  if ((match = field.match(/^requirements\.(\d+)\.text$/))) {
    return { code: "requirement", values: { number: number(match[1]) } };
  }
  if ((match = field.match(/^criteria\.(\d+(?:\.children\.\d+)*)(?:\.(name|description|weight))?$/))) {
    const numbering = match[1]!
      .split(".children.")
      .map((index) => number(index))
      .join(".");
    return { code: `criterion.${match[2] ?? "weight"}`, values: { number: numbering } };
  }
  if ((match = field.match(/^phases\.(\d+)\.(objectives|deliverables|goNoGoCriteria)\.(\d+)$/))) {
    return { code: `phase.${match[2]}`, values: { phase: number(match[1]), number: number(match[3]) } };
  }
  if ((match = field.match(/^minimumSeal\.([^.]+)\.justification$/))) {
    return { code: "sealJustification", values: { objective: match[1]! } };
  }
  if ((match = field.match(/^clauses\.(\d+)\.parameters\.([^.]+)(?:\.\d+)?$/))) {
    return { code: "clauseParameter", values: { clause: number(match[1]), parameter: match[2]! } };
  }
  return { code: "other", values: { field: parts.join(".") } };
}
