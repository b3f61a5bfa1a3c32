import { z } from "zod";
import {
  COST_BASIS,
  DEFAULT_EVALUATION_METHOD,
  EVALUATION_METHOD_VERSION,
  TIE_RULES,
  type EvaluationInput,
} from "@/lib/domain/evaluation/evaluation-input";
import { COST_FORMULAS } from "@/lib/domain/tender/cost-formulas";
import { CRITERION_KINDS, SCORE_AGGREGATIONS } from "@/lib/domain/tender/criteria-tree";
import { SOVEREIGNTY_OBJECTIVES, type SealLevel } from "@/lib/domain/tender/sovereignty";
import { messageRef } from "@/lib/i18n/message-ref";
import { costLineSchema } from "./bid";

/**
 * The evaluation file (docs/evaluation-file.md): one JSON document holding what an evaluation
 * needs to be recomputed by anyone, offline: the award criteria and settings as published, the
 * sovereignty profile, the method, the bids' costs and sovereignty levels, every evaluator's
 * score with its justification and the consensus with its rationale. Its body is exactly the
 * input of evaluateTender; `tender-commons evaluate` reads it. Objects are strict: a misspelt
 * field is reported, never silently ignored.
 */
export const EVALUATION_FILE_FORMAT = "tender-commons/evaluation";
export const EVALUATION_FILE_VERSION = 1;

const required = (max: number) =>
  z
    .string({ error: messageRef("validation.required") })
    .trim()
    .min(1, { error: messageRef("validation.required") })
    .max(max, { error: messageRef("validation.tooLong", { max }) });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: messageRef("validation.tooLong", { max }) });
const key = required(64);
const number = z.number({ error: messageRef("validation.evaluationFile.number") });
const whole = (min: number, max: number) =>
  z
    .number({ error: messageRef("validation.evaluationFile.wholeNumber", { min, max }) })
    .int({ error: messageRef("validation.evaluationFile.wholeNumber", { min, max }) })
    .min(min, { error: messageRef("validation.evaluationFile.wholeNumber", { min, max }) })
    .max(max, { error: messageRef("validation.evaluationFile.wholeNumber", { min, max }) });
/** A number from min to max with at most 2 decimals (a percentage as the tender shows it). */
const percentage = (min: number, max: number) =>
  number.refine((value) => value >= min && value <= max && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    error: messageRef("validation.evaluationFile.percentage", { min, max }),
  });
const seal = whole(0, 4).transform((level) => level as SealLevel);
const objective = z.enum(SOVEREIGNTY_OBJECTIVES, { error: messageRef("validation.invalid") });

const criterionFields = {
  key,
  name: required(200),
  description: optionalText(4_000).optional(),
  kind: z.enum(CRITERION_KINDS, { error: messageRef("validation.invalid") }),
  weight: number,
  costFormula: z.enum(COST_FORMULAS, { error: messageRef("validation.invalid") }).optional(),
  referencePriceCents: number.optional(),
  floorPriceCents: number.optional(),
  minimumScore: number.optional(),
  /** An OPENNESS leaf computed automatically: the published mix, in whole percent adding up to 100 (checked with the award). */
  automaticOpenness: z.strictObject({ licencesPercent: whole(0, 100), standardsPercent: whole(0, 100) }).optional(),
};
const subCriterion = z.strictObject(criterionFields);
const criterion = z.strictObject({ ...criterionFields, children: z.array(subCriterion).optional() });

const award = z.strictObject({
  criteria: z.array(criterion),
  qualityScale: z.strictObject({
    max: z.union([z.literal(5), z.literal(10)], { error: messageRef("validation.criteria.scaleInvalid") }),
    descriptors: z.array(optionalText(500)).max(11, { error: messageRef("validation.invalid") }),
  }),
  scoreAggregation: z.enum(SCORE_AGGREGATIONS, { error: messageRef("validation.invalid") }),
  discountRatePercent: percentage(0, 15),
  tcoHorizonYears: whole(1, 30),
  minimumQualityPoints: number.optional(),
});

const sovereignty = z
  .strictObject({
    weights: z.record(objective, whole(0, 100)),
    minimumSeal: z.record(
      objective,
      z.strictObject({ seal: whole(0, 4), justification: optionalText(2_000).nullish() }),
    ),
    gateMode: z.enum(["EXCLUDE", "FLAG"], { error: messageRef("validation.invalid") }).default("EXCLUDE"),
  })
  .superRefine(({ weights }, context) => {
    const sum = Object.values(weights).reduce((total, weight) => total + weight, 0);
    if (sum !== 100) {
      context.addIssue({
        code: "custom",
        path: ["weights"],
        message: messageRef("validation.sovereignty.weightsSum", { sum }),
      });
    }
  });

const method = z.strictObject({
  version: z.literal(EVALUATION_METHOD_VERSION, {
    error: messageRef("validation.evaluationFile.methodVersion", { version: EVALUATION_METHOD_VERSION }),
  }),
  disagreementThresholdPercent: percentage(1, 100).default(DEFAULT_EVALUATION_METHOD.disagreementThresholdPercent),
  robustnessThresholdPp: percentage(0, 100).default(DEFAULT_EVALUATION_METHOD.robustnessThresholdPp),
  tornadoStepPp: percentage(1, 50).default(DEFAULT_EVALUATION_METHOD.tornadoStepPp),
  tieRules: z
    .tuple(TIE_RULES.map((rule) => z.literal(rule)) as unknown as [z.ZodLiteral<(typeof TIE_RULES)[number]>], {
      error: messageRef("validation.evaluationFile.tieRules", { rules: TIE_RULES.join(", ") }),
    })
    .transform(() => TIE_RULES)
    .default(TIE_RULES),
  costBasis: z
    .literal(COST_BASIS, { error: messageRef("validation.evaluationFile.costBasis", { basis: COST_BASIS }) })
    .default(COST_BASIS),
});

const openness = z.strictObject({
  components: whole(0, 1_000_000),
  openComponents: whole(0, 1_000_000),
  freeNotOsiComponents: whole(0, 1_000_000),
  notOpenComponents: whole(0, 1_000_000),
  unknownComponents: whole(0, 1_000_000),
  standardsCoveragePercent: percentage(0, 100).nullable(),
  /** The coverage's exact inputs; absent in files written before they were recorded. */
  standards: z
    .strictObject({ required: whole(0, 100_000), met: whole(0, 100_000), partlyMet: whole(0, 100_000) })
    .nullable()
    .default(null),
  openWashing: z.boolean(),
});

const scores = z.strictObject({
  criterionKey: key,
  evaluations: z.array(z.strictObject({ evaluatorId: key, score: number, justification: required(4_000) })),
  consensus: z
    .strictObject({ score: number, rationale: required(4_000) })
    .nullable()
    .default(null),
});

const bid = z.strictObject({
  id: key,
  receiptNumber: whole(1, 1_000_000),
  label: required(300),
  lotKey: key.nullable().default(null),
  exclusion: z
    .strictObject({ reason: required(2_000) })
    .nullable()
    .default(null),
  costLines: z.array(costLineSchema),
  internalCosts: z.array(costLineSchema).nullable().default(null),
  sovereignty: z
    .partialRecord(objective, z.strictObject({ claimed: seal.nullable(), reviewed: seal.nullable().default(null) }))
    .default({}),
  openness: openness.nullable().default(null),
  scores: z.array(scores).default([]),
});

export const evaluationFileSchema = z.strictObject({
  format: z.literal(EVALUATION_FILE_FORMAT),
  version: z.literal(EVALUATION_FILE_VERSION),
  /** When the app exported the file (ISO date-time); informative. */
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  tender: z
    .strictObject({
      reference: optionalText(30).default(""),
      title: optionalText(300).default(""),
      currency: z.string().trim().length(3).default("EUR"),
    })
    .default({ reference: "", title: "", currency: "EUR" }),
  award,
  sovereignty: sovereignty.nullable().default(null),
  lots: z.array(z.strictObject({ key, title: optionalText(300).default("") })).default([]),
  internalCosts: z.array(costLineSchema).default([]),
  evaluators: z.array(z.strictObject({ id: key, name: required(200), isChair: z.boolean().default(false) })),
  method,
  bids: z.array(bid),
});
export type EvaluationFile = z.output<typeof evaluationFileSchema>;

/** The input of evaluateTender that the file holds. */
export function evaluationInputOf(file: EvaluationFile): EvaluationInput {
  const { award, sovereignty, lots, internalCosts, evaluators, method, bids } = file;
  return { award, sovereignty, lots, internalCosts, evaluators, method, bids };
}

/** What the app writes when it exports an evaluation: the header, then the input itself. */
export type EvaluationFileContent = {
  format: typeof EVALUATION_FILE_FORMAT;
  version: typeof EVALUATION_FILE_VERSION;
  exportedAt: string;
  tender: EvaluationFile["tender"];
} & EvaluationInput;

/** The file for an evaluation input (the header's tender fields are informative). */
export function evaluationFileOf(
  input: EvaluationInput,
  tender: EvaluationFile["tender"],
  exportedAt: string,
): EvaluationFileContent {
  return { format: EVALUATION_FILE_FORMAT, version: EVALUATION_FILE_VERSION, exportedAt, tender, ...input };
}
