import { z } from "zod";
import { lintInputFromTender, type LintTenderInput } from "../../../lib/domain/lint";
import { COST_FORMULAS } from "../../../lib/domain/tender/cost-formulas";
import { readAwardCriteria } from "../../../lib/domain/tender/award-settings";
import { CRITERION_KINDS, type Criterion } from "../../../lib/domain/tender/criteria-tree";
import { CONTRACT_NATURES, PROCEDURE_TYPES } from "../../../lib/domain/tender/tender-enums";
import { jsonErrorWithPlace } from "./json-error";

/**
 * A tender exported as JSON, as the linter reads it: the fields of TenderDto
 * (lib/server/tenders/tender-dto.ts) it needs, all optional, other fields ignored (so a whole
 * TenderDto export is accepted), plus three the DTO does not hold: the tender's clauses, whether
 * people use the software, and a written no-alternative analysis. See docs/linter.md.
 */
const text = z.string();
const texts = z.array(z.string());

const criterion: z.ZodType<Criterion, unknown> = z.lazy(() =>
  z.object({
    key: z.string(),
    name: z.string().default(""),
    description: z.string().optional(),
    kind: z.enum(CRITERION_KINDS),
    weight: z.number(),
    children: z.array(criterion).optional(),
    costFormula: z.enum(COST_FORMULAS).optional(),
    referencePriceCents: z.number().optional(),
    floorPriceCents: z.number().optional(),
  }),
);

export const tenderJsonSchema = z.object({
  title: text.default(""),
  summary: text.default(""),
  contractNature: z.enum(CONTRACT_NATURES).nullable().default(null),
  procedureType: z.enum(PROCEDURE_TYPES).nullable().default(null),
  procedureGround: text.nullable().default(null),
  mainCpv: text.nullable().default(null),
  additionalCpvs: texts.default([]),
  documentsLanguage: text.nullable().default(null),
  lots: z.array(z.object({ title: text.default(""), description: text.default("") })).default([]),
  reasonsForNotDividing: text.default(""),
  requirements: z.array(z.object({ text })).default([]),
  // The tender-wide settings (scale, aggregation, discount rate, horizon) may be left out: the
  // defaults are filled in as for a stored award (readAwardCriteria).
  award: z
    .looseObject({ criteria: z.array(criterion) })
    .nullable()
    .default(null),
  durationMonths: z.number().nullable().default(null),
  innovationPhases: z
    .array(
      z.object({ objectives: texts.default([]), deliverables: texts.default([]), goNoGoCriteria: texts.default([]) }),
    ) // prettier-ignore
    .default([]),
  sovereignty: z
    .object({ minimumSeal: z.record(z.string(), z.object({ justification: text.nullable().optional() })) })
    .nullable()
    .default(null),
  clauses: z.array(z.object({ topics: texts, parameters: z.record(z.string(), z.unknown()).optional() })).optional(),
  usedByPeople: z.boolean().default(true),
  noAlternativeAnalysis: text.nullable().default(null),
});

export type TenderJson = { ok: true; input: LintTenderInput } | { ok: false; message: string };

export function parseTenderJson(source: string): TenderJson {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, message: `is not valid JSON: ${jsonErrorWithPlace(source, error)}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, message: "must hold one tender, as a JSON object ({ … })." };
  }
  const parsed = tenderJsonSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((issue) => `  at ${jsonPath(issue.path)}: ${issue.message}`);
    const more = parsed.error.issues.length > 10 ? [`  … and ${parsed.error.issues.length - 10} more`] : [];
    return { ok: false, message: ["is not a tender the linter can read:", ...problems, ...more].join("\n") };
  }
  const { clauses, usedByPeople, noAlternativeAnalysis, award, durationMonths, ...tender } = parsed.data;
  const input = lintInputFromTender(
    { ...tender, award: readAwardCriteria(award, durationMonths) },
    { clauses, usedByPeople, noAlternativeAnalysis },
  );
  return { ok: true, input };
}

/** `requirements[3].text`, `award.criteria[0].weight`, or `(top level)`. */
function jsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(top level)";
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`)).join("");
}
