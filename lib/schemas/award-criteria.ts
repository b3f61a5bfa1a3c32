import { z } from "zod";
import { formatMoneyInput, parseMoneyInput } from "@/lib/domain/money";
import {
  COST_FORMULAS,
  CRITERION_KINDS,
  DEFAULT_AUTOMATIC_OPENNESS,
  isScaleScored,
  OPENNESS_SCORINGS,
  SCORE_AGGREGATIONS,
  validateCriteria,
  type AwardCriteria,
  type Criterion,
} from "@/lib/domain/tender/award-criteria";
import { messageRef } from "@/lib/i18n/message-ref";
import { sectionBase } from "./tender";

export const MAX_CRITERIA_PER_LEVEL = 20;
export const MAX_CRITERION_NAME_LENGTH = 200;
export const MAX_CRITERION_DESCRIPTION_LENGTH = 4_000;
export const MAX_DESCRIPTOR_LENGTH = 500;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: messageRef("validation.tooLong", { max }) });

/**
 * Numbers and amounts travel as typed. The schema only checks the shape; the award rules
 * (validateCriteria) then judge the whole award at once, so the drafter sees every problem in one
 * go rather than field errors first and weights that do not add up on the next attempt.
 */
const typed = z.union([z.string(), z.number()]);

const subCriterionFields = z.object({
  key: z
    .string()
    .trim()
    .max(64, { error: messageRef("validation.tooLong", { max: 64 }) }),
  name: text(MAX_CRITERION_NAME_LENGTH),
  description: text(MAX_CRITERION_DESCRIPTION_LENGTH).default(""),
  kind: z.enum(CRITERION_KINDS, { error: messageRef("validation.invalid") }),
  weight: typed,
  /** The quality threshold (C-546/16 Montte) of a leaf scored on the scale, as chosen: "" for none. */
  minimumScore: typed.optional(),
  /** An openness leaf: scored by the panel, or computed automatically with the licences' share as typed. */
  opennessScoring: z.enum(OPENNESS_SCORINGS, { error: messageRef("validation.invalid") }).optional(),
  licencesPercent: typed.optional(),
});

const tooMany = { error: messageRef("validation.criteria.tooMany", { max: MAX_CRITERIA_PER_LEVEL }) };

/** The form has a top level and one level of sub-criteria; only the top level carries cost fields. */
const criterionFields = subCriterionFields.extend({
  costFormula: z.enum(COST_FORMULAS, { error: messageRef("validation.invalid") }).nullish(),
  /** F5's B and Bfloor, as typed ("200,000"). */
  referencePrice: typed.optional(),
  floorPrice: typed.optional(),
  children: z.array(subCriterionFields).max(MAX_CRITERIA_PER_LEVEL, tooMany).default([]),
});

/** The award's fields as the form sends them: the tender's section and the template builder share them. */
export const awardFields = {
  criteria: z.array(criterionFields).max(MAX_CRITERIA_PER_LEVEL, tooMany).default([]),
  qualityScale: z.object({
    max: typed,
    descriptors: z
      .array(text(MAX_DESCRIPTOR_LENGTH))
      .max(11, { error: messageRef("validation.invalid") })
      .default([]),
  }),
  scoreAggregation: z.enum(SCORE_AGGREGATIONS, { error: messageRef("validation.criteria.scoreAggregationRequired") }),
  discountRatePercent: typed,
  tcoHorizonYears: typed,
  /** The quality threshold in total, as typed: "" for none. */
  minimumQualityPoints: typed.optional(),
};

export type AwardFormValues = z.input<z.ZodObject<typeof awardFields>>;
export type CriterionFormValues = z.input<typeof criterionFields>;
export type SubCriterionFormValues = z.input<typeof subCriterionFields>;

/**
 * The "Set the award criteria" section. Every error of validateCriteria blocks the save, at the
 * field it concerns: an award whose weights do not add up, or whose F5 has no reference price,
 * cannot score a bid. What depends on another section (the procedure's best price-quality ratio)
 * is not checked here but on the task list, since it can be fixed in either section.
 */
export const criteriaSchema = z
  .object({ ...sectionBase, ...awardFields })
  .transform(({ tenderId, version, corrigendumReason, ...input }) => ({
    tenderId,
    version,
    corrigendumReason,
    award: readAwardInput(input),
  }))
  .superRefine(({ award }, context) => refineAward(award, context));
export type CriteriaInput = z.input<typeof criteriaSchema>;

/**
 * Every error of validateCriteria, at the form's field it concerns: the tender's section and the
 * template builder refuse the same awards.
 */
export function refineAward(award: AwardCriteria, context: z.RefinementCtx): void {
  for (const problem of validateCriteria(award)) {
    if (problem.severity !== "error") continue;
    context.addIssue({
      code: "custom",
      path: formPath(problem.path ?? ""),
      message: messageRef(`validation.${problem.code}`, problem.values),
    });
  }
}

/** The domain names amounts in cents; the form's fields hold them as typed. */
function formPath(path: string): string[] {
  return path
    .replace(/\.referencePriceCents$/, ".referencePrice")
    .replace(/\.floorPriceCents$/, ".floorPrice")
    .replace(/\.automaticOpenness\.licencesPercent$/, ".licencesPercent")
    .replace(/\.automaticOpenness$/, ".opennessScoring")
    .split(".");
}

/**
 * The award the form's values describe, read leniently: text that is not a number becomes NaN
 * for validateCriteria to report. The page runs it live for the advice; the schema on save.
 */
export function readAwardInput(input: AwardFormValues): AwardCriteria {
  const max = readNumber(input.qualityScale.max);
  const minimumQualityPoints = readOptionalNumber(input.minimumQualityPoints);
  return {
    criteria: (input.criteria ?? []).map(readCriterion),
    qualityScale: {
      max: max as 5 | 10,
      descriptors: (input.qualityScale.descriptors ?? []).slice(0, max + 1).map((descriptor) => descriptor.trim()),
    },
    scoreAggregation: input.scoreAggregation,
    discountRatePercent: readNumber(input.discountRatePercent),
    tcoHorizonYears: readNumber(input.tcoHorizonYears),
    ...(minimumQualityPoints !== undefined ? { minimumQualityPoints } : {}),
  };
}

function readCriterion(input: CriterionFormValues | SubCriterionFormValues): Criterion {
  const description = (input.description ?? "").trim();
  const children = "children" in input ? (input.children ?? []) : [];
  const formula = input.kind === "COST" && "costFormula" in input ? input.costFormula : null;
  const reference = formula === "F5" && "referencePrice" in input ? readMoney(input.referencePrice) : undefined;
  const floor = formula === "F5" && "floorPrice" in input ? readMoney(input.floorPrice) : undefined;
  // Only an openness leaf can be computed automatically; the choice made before it became
  // something else, or got sub-criteria, is left behind like F5's prices.
  const licences =
    input.kind === "OPENNESS" && children.length === 0 && input.opennessScoring === "AUTOMATIC"
      ? readNumber(input.licencesPercent ?? "")
      : undefined;
  const criterion: Criterion = {
    key: input.key.trim(),
    name: input.name.trim(),
    ...(description ? { description } : {}),
    kind: input.kind,
    // With price per quality point the price divides the quality score: its weight is 0 by definition.
    weight: formula === "F8" ? 0 : readNumber(input.weight),
    ...(formula ? { costFormula: formula } : {}),
    ...(reference !== undefined ? { referencePriceCents: reference } : {}),
    ...(floor !== undefined ? { floorPriceCents: floor } : {}),
    ...(children.length > 0 ? { children: children.map(readCriterion) } : {}),
    ...(licences !== undefined
      ? { automaticOpenness: { licencesPercent: licences, standardsPercent: 100 - licences } }
      : {}),
  };
  // Kept only where evaluators score on the scale: a minimum chosen before the criterion became
  // cost, or got sub-criteria, has no field on the page any more and is left behind, like F5's prices.
  const minimumScore = isScaleScored(criterion) ? readOptionalNumber(input.minimumScore) : undefined;
  return minimumScore === undefined ? criterion : { ...criterion, minimumScore };
}

/** "40", "40 %", "3.5" or "3,5" (French and German decimal comma); NaN for anything else. */
export function readNumber(value: string | number): number {
  if (typeof value === "number") return value;
  const normalised = value.trim().replace(/\s*%$/, "").replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : NaN;
}

/** An optional number as typed: undefined when blank, NaN when unreadable. */
function readOptionalNumber(value: string | number | undefined): number | undefined {
  if (value === undefined || (typeof value === "string" && value.trim() === "")) return undefined;
  return readNumber(value);
}

/** An amount as typed, in cents; undefined when blank, NaN when unreadable. */
function readMoney(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number") return value;
  if (value.trim() === "") return undefined;
  const parsed = parseMoneyInput(value);
  return parsed.ok ? parsed.cents : NaN;
}

/** The saved award as the form shows it: numbers as text, amounts in the form's notation. */
export function awardFormValues(award: AwardCriteria): AwardFormValues {
  return {
    criteria: award.criteria.map(criterionFormValues),
    qualityScale: { max: String(award.qualityScale.max), descriptors: [...award.qualityScale.descriptors] },
    scoreAggregation: award.scoreAggregation,
    discountRatePercent: String(award.discountRatePercent),
    tcoHorizonYears: String(award.tcoHorizonYears),
    minimumQualityPoints: optionalText(award.minimumQualityPoints),
  };
}

export function criterionFormValues(criterion: Criterion): CriterionFormValues {
  const scoring = (entry: Criterion) => ({
    opennessScoring: entry.automaticOpenness ? ("AUTOMATIC" as const) : ("PANEL" as const),
    licencesPercent: String((entry.automaticOpenness ?? DEFAULT_AUTOMATIC_OPENNESS).licencesPercent),
  });
  const amount = (cents: number | undefined) => (cents === undefined ? "" : formatMoneyInput(cents));
  return {
    key: criterion.key,
    name: criterion.name,
    description: criterion.description ?? "",
    kind: criterion.kind,
    weight: String(criterion.weight),
    minimumScore: optionalText(criterion.minimumScore),
    ...scoring(criterion),
    costFormula: criterion.costFormula ?? null,
    referencePrice: amount(criterion.referencePriceCents),
    floorPrice: amount(criterion.floorPriceCents),
    children: (criterion.children ?? []).map((child) => ({
      key: child.key,
      name: child.name,
      description: child.description ?? "",
      kind: child.kind,
      weight: String(child.weight),
      minimumScore: optionalText(child.minimumScore),
      ...scoring(child),
    })),
  };
}

const optionalText = (value: number | undefined) => (value === undefined ? "" : String(value));
