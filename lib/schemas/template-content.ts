import { z } from "zod";
import { CLAUSE_STATUSES } from "@/lib/domain/clauses/clause-model";
import { MAX_AMOUNT_CENTS } from "@/lib/domain/money";
import {
  MAX_DISCOUNT_RATE_PERCENT,
  MAX_TCO_HORIZON_YEARS,
  MIN_TCO_HORIZON_YEARS,
} from "@/lib/domain/tender/award-settings";
import { COST_FORMULAS, CRITERION_KINDS, SCORE_AGGREGATIONS } from "@/lib/domain/tender/award-criteria";
import {
  MAX_REQUIREMENT_TEXT_LENGTH,
  MAX_REQUIREMENTS,
  REQUIREMENT_KEY_PATTERN,
  REQUIREMENT_LEVELS,
} from "@/lib/domain/tender/requirements";
import { RISK_FACTORS, SOVEREIGNTY_OBJECTIVES } from "@/lib/domain/tender/sovereignty";
import { CONTRACT_NATURES, PROCEDURE_TYPES } from "@/lib/domain/tender/tender-enums";
import {
  GUIDANCE_SECTIONS,
  TEMPLATE_CATEGORIES,
  TEMPLATE_LICENCES,
  type TemplateContent,
} from "@/lib/domain/templates/template-content";
import { messageRef } from "@/lib/i18n/message-ref";
import {
  MAX_CRITERIA_PER_LEVEL,
  MAX_CRITERION_DESCRIPTION_LENGTH,
  MAX_CRITERION_NAME_LENGTH,
  MAX_DESCRIPTOR_LENGTH,
} from "./award-criteria";
import { MAX_JUSTIFICATION_LENGTH } from "./sovereignty";
import { MAX_CHOSEN_CLAUSES } from "./tender-clauses";

/**
 * The content of a template version (lib/domain/templates/template-content.ts) as stored, exported
 * and imported. Every object is strict (an unknown field is refused, not dropped, so an imported
 * file says what it carries), every text and list is bounded, and the section shapes reuse the
 * tender's limits. The schema checks shape only: whether the content is complete and sound
 * enough to publish (weights adding up, parameters valid, no lock-in errors) is judged by
 * lib/domain/templates/publish-checks.ts, since a draft may be half done.
 * No transforms: the same schema gives the published JSON Schema (template-exchange.ts).
 */

export const MAX_TEMPLATE_SUMMARY_LENGTH = 2_000;
export const MAX_GUIDANCE_TEXT_LENGTH = 10_000;
export const MAX_CPV_PREFIXES = 20;
export const MAX_CLAUSE_KEY_LENGTH = 100;
export const MAX_PARAMETER_TEXT_LENGTH = 2_000;
/** CPV code prefixes: 2 to 8 digits of the code, without its check digit ("48", "722", "72212000"). */
export const CPV_PREFIX_PATTERN = /^\d{2,8}$/;
/** The clause library's keys (lib/domain/clauses/clause-definition.ts). */
export const CLAUSE_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PARAMETER_NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9]{0,99}$/;
const CRITERION_KEY_MAX_LENGTH = 64;

const text = (max: number) => z.string().max(max);
const wholeNumber = (min: number, max: number) => z.number().int().min(min).max(max);

export const intendedUseSchema = z
  .strictObject({
    category: z.enum(TEMPLATE_CATEGORIES),
    contractNature: z.enum(CONTRACT_NATURES).nullable(),
    cpvPrefixes: z
      .array(z.string().regex(CPV_PREFIX_PATTERN, { error: messageRef("templates.validation.cpvPrefixInvalid") }))
      .max(MAX_CPV_PREFIXES),
    procedureTypes: z.array(z.enum(PROCEDURE_TYPES)).max(PROCEDURE_TYPES.length),
    valueRange: z.strictObject({
      minCents: wholeNumber(0, MAX_AMOUNT_CENTS).nullable(),
      maxCents: wholeNumber(0, MAX_AMOUNT_CENTS).nullable(),
    }),
  })
  .superRefine((use, context) => {
    const { minCents, maxCents } = use.valueRange;
    if (minCents !== null && maxCents !== null && minCents > maxCents) {
      context.addIssue({
        code: "custom",
        path: ["valueRange", "maxCents"],
        message: messageRef("templates.validation.valueRangeInverted"),
      });
    }
  });

const parameterValueSchema = z.union([
  text(MAX_PARAMETER_TEXT_LENGTH),
  z.number().finite(),
  z.array(text(100)).max(50),
]);

export const templateClauseSchema = z.strictObject({
  key: z.string().max(MAX_CLAUSE_KEY_LENGTH).regex(CLAUSE_KEY_PATTERN),
  version: wholeNumber(1, 100_000),
  status: z.enum(CLAUSE_STATUSES),
  values: z.record(z.string().regex(PARAMETER_NAME_PATTERN), parameterValueSchema),
});

export const templateRequirementSchema = z.strictObject({
  key: z.string().regex(REQUIREMENT_KEY_PATTERN),
  text: z.string().min(1).max(MAX_REQUIREMENT_TEXT_LENGTH),
  level: z.enum(REQUIREMENT_LEVELS),
  criterionKey: text(CRITERION_KEY_MAX_LENGTH).nullable(),
});

const perObjective = <Field extends z.ZodType>(field: Field) =>
  z.strictObject(
    Object.fromEntries(SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, field])) as Record<
      (typeof SOVEREIGNTY_OBJECTIVES)[number],
      Field
    >,
  );

const riskLevel = z.literal([0, 1, 2, 3]);

export const sovereigntyProfileSchema = z.strictObject({
  assessment: z.strictObject(
    Object.fromEntries(RISK_FACTORS.map((factor) => [factor, riskLevel])) as Record<
      (typeof RISK_FACTORS)[number],
      typeof riskLevel
    >,
  ),
  minimumSeal: perObjective(
    z.strictObject({
      seal: wholeNumber(0, 4),
      justification: text(MAX_JUSTIFICATION_LENGTH).nullable().optional(),
    }),
  ),
  weights: perObjective(wholeNumber(0, 100)),
});

const criterionFields = {
  key: text(CRITERION_KEY_MAX_LENGTH),
  name: text(MAX_CRITERION_NAME_LENGTH),
  description: text(MAX_CRITERION_DESCRIPTION_LENGTH).optional(),
  kind: z.enum(CRITERION_KINDS),
  weight: wholeNumber(0, 100),
  costFormula: z.enum(COST_FORMULAS).optional(),
  referencePriceCents: wholeNumber(0, MAX_AMOUNT_CENTS).optional(),
  floorPriceCents: wholeNumber(0, MAX_AMOUNT_CENTS).optional(),
  minimumScore: wholeNumber(1, 10).optional(),
};

/** The tender's tree has a top level and one level of sub-criteria (criteria-tree.ts). */
const subCriterionSchema = z.strictObject(criterionFields);
const criterionSchema = z.strictObject({
  ...criterionFields,
  children: z.array(subCriterionSchema).max(MAX_CRITERIA_PER_LEVEL).optional(),
});

export const awardCriteriaSchema = z.strictObject({
  criteria: z.array(criterionSchema).max(MAX_CRITERIA_PER_LEVEL),
  qualityScale: z.strictObject({
    max: z.union([z.literal(5), z.literal(10)]),
    descriptors: z.array(text(MAX_DESCRIPTOR_LENGTH)).max(11),
  }),
  scoreAggregation: z.enum(SCORE_AGGREGATIONS),
  discountRatePercent: z.number().min(0).max(MAX_DISCOUNT_RATE_PERCENT),
  tcoHorizonYears: wholeNumber(MIN_TCO_HORIZON_YEARS, MAX_TCO_HORIZON_YEARS),
  minimumQualityPoints: z.number().positive().max(100).optional(),
});

export const guidanceNoteSchema = z.strictObject({
  section: z.enum(GUIDANCE_SECTIONS),
  text: z.string().min(1).max(MAX_GUIDANCE_TEXT_LENGTH),
});

export const templateContentSchema = z
  .strictObject({
    summary: text(MAX_TEMPLATE_SUMMARY_LENGTH),
    intendedUse: intendedUseSchema,
    clauses: z.array(templateClauseSchema).max(MAX_CHOSEN_CLAUSES),
    requirements: z.array(templateRequirementSchema).max(MAX_REQUIREMENTS),
    sovereignty: sovereigntyProfileSchema.nullable(),
    award: awardCriteriaSchema.nullable(),
    guidance: z.array(guidanceNoteSchema).max(GUIDANCE_SECTIONS.length),
    licence: z.enum(TEMPLATE_LICENCES),
  })
  .superRefine((content, context) => {
    // One note per section: the builder shows one box per section, and a tender one note beside it.
    const seen = new Set<string>();
    content.guidance.forEach((note, index) => {
      if (seen.has(note.section)) {
        context.addIssue({
          code: "custom",
          path: ["guidance", index, "section"],
          message: messageRef("templates.validation.guidanceSectionTwice", { section: note.section }),
        });
      }
      seen.add(note.section);
    });
    const keys = new Set<string>();
    content.clauses.forEach((clause, index) => {
      if (keys.has(clause.key)) {
        context.addIssue({
          code: "custom",
          path: ["clauses", index, "key"],
          message: messageRef("templates.validation.clauseTwice", { key: clause.key }),
        });
      }
      keys.add(clause.key);
    });
  });

/** What the schema accepts is a TemplateContent: the compiler refuses this line if the two drift apart. */
export function asTemplateContent(content: z.output<typeof templateContentSchema>): TemplateContent {
  return content;
}
