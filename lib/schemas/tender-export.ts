import { z } from "zod";
import {
  TENDER_EXPORT_FORMAT,
  TENDER_EXPORT_SCHEMA_PATH,
  TENDER_EXPORT_VERSION,
  type TenderJson,
} from "@/lib/domain/documents/tender-json";
import { COST_FORMULAS } from "@/lib/domain/tender/cost-formulas";
import { CRITERION_KINDS, SCORE_AGGREGATIONS, type Criterion } from "@/lib/domain/tender/criteria-tree";
import { INNOVATION_PHASE_KINDS } from "@/lib/domain/tender/innovation-phases";
import { REQUIREMENT_LEVELS } from "@/lib/domain/tender/requirements";
import { RISK_FACTORS, SOVEREIGNTY_OBJECTIVES } from "@/lib/domain/tender/sovereignty";
import { CONTRACT_NATURES, PROCEDURE_TYPES, TENDER_STATUSES, TIMELINE_DATES } from "@/lib/domain/tender/tender-enums";
import { LOCALES } from "@/lib/i18n/config";

/**
 * The tender export's JSON (docs/exports.md) as a zod schema, from which its JSON Schema is
 * generated and served at /schemas/tender-export.v1.json. It describes what the app writes; the
 * unit tests check the export against it, and the compiler checks it against TenderJson.
 */
const cents = z.number().int().min(0).describe("An amount in cents of the tender's currency, excluding VAT.");
const day = z.iso.date().describe("A calendar day, YYYY-MM-DD.");
const cpv = z
  .object({ code: z.string().describe("8 digits, a dash and the check digit"), label: z.string().nullable() })
  .meta({ id: "cpv" });

const criterion: z.ZodType<Criterion> = z
  .object({
    key: z.string(),
    name: z.string(),
    description: z.string().optional().describe("What the evaluators look for, in Markdown."),
    kind: z.enum(CRITERION_KINDS),
    weight: z.number().describe("Whole percent of the parent, of the total at the top level; 0 for an F8 cost criterion."), // prettier-ignore
    get children() {
      return z.array(criterion).readonly().optional();
    },
    costFormula: z.enum(COST_FORMULAS).optional(),
    referencePriceCents: cents.optional(),
    floorPriceCents: cents.optional(),
    minimumScore: z.number().int().optional(),
  })
  .meta({ id: "criterion" });

/** An object with the same schema under each of the keys. */
function keyed<K extends string, T extends z.ZodType>(keys: readonly K[], value: T) {
  return z.object(Object.fromEntries(keys.map((key) => [key, value])) as { [P in K]: T });
}
const riskLevel = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

const sovereignty = z.object({
  assessment: keyed(RISK_FACTORS, riskLevel),
  minimumSeal: keyed(SOVEREIGNTY_OBJECTIVES, z.object({ seal: z.number().int().min(0).max(4), justification: z.string().nullable().optional() })), // prettier-ignore
  weights: keyed(SOVEREIGNTY_OBJECTIVES, z.number().int().min(0).max(100)),
});

export const tenderExportSchema = z
  .object({
    $schema: z.string().describe("The address of this schema."),
    format: z.literal(TENDER_EXPORT_FORMAT),
    version: z.literal(TENDER_EXPORT_VERSION),
    exportedAt: z.iso.datetime().describe("When the file was written: the one field that differs between two exports of the same tender."), // prettier-ignore
    language: z.enum(LOCALES).describe("The tender's documents language, which the clause texts and CPV labels are in."), // prettier-ignore
    authority: z.object({ name: z.string() }),
    tender: z.object({
      reference: z.string(),
      title: z.string(),
      summary: z.string(),
      status: z.enum(TENDER_STATUSES),
      contractNature: z.enum(CONTRACT_NATURES).nullable(),
      procedureType: z.enum(PROCEDURE_TYPES).nullable(),
      procedureGround: z.string().nullable().describe("A legal ground code, e.g. ART_32_2_B_TECHNICAL."),
      mainCpv: cpv.nullable(),
      additionalCpvs: z.array(cpv),
      estimatedValueCents: cents.nullable().describe("Options and renewals included, excluding VAT."),
      currency: z.string().length(3),
      durationMonths: z.number().int().nullable(),
      renewalOptions: z.string(),
      reasonsForNotDividing: z.string(),
      lots: z.array(z.object({ key: z.string(), title: z.string(), description: z.string(), cpv: z.string().nullable(), estimatedValueCents: cents })), // prettier-ignore
      requirements: z.array(z.object({ key: z.string(), text: z.string().describe("Markdown."), level: z.enum(REQUIREMENT_LEVELS), criterionKey: z.string().nullable() })), // prettier-ignore
      award: z
        .object({
          criteria: z.array(criterion).readonly(),
          qualityScale: z.object({ max: z.union([z.literal(5), z.literal(10)]), descriptors: z.array(z.string()).readonly() }),
          scoreAggregation: z.enum(SCORE_AGGREGATIONS),
          discountRatePercent: z.number().min(0).max(15),
          tcoHorizonYears: z.number().int().min(1).max(30),
          minimumQualityPoints: z.number().optional(),
        })
        .nullable(),
      sovereignty: sovereignty.nullable(),
      innovationPhases: z.array(
        z.object({
          kind: z.enum(INNOVATION_PHASE_KINDS),
          objectives: z.array(z.string()).readonly(),
          deliverables: z.array(z.string()).readonly(),
          durationMonths: z.number().int(),
          maxCostCents: cents,
          goNoGoCriteria: z.array(z.string()).readonly(),
          resultsLicence: z.string().describe("An SPDX licence identifier."),
        }),
      ),
      clauses: z.array(
        z.object({
          key: z.string(),
          version: z.number().int().min(1),
          values: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string()).readonly()])),
          title: z.string().nullable(),
          text: z.string().nullable().describe("Markdown, every parameter filled in; null when the clause library no longer holds this version."), // prettier-ignore
        }),
      ),
      timeline: keyed(TIMELINE_DATES, day.nullable()),
    }),
  })
  .meta({ title: "Tender Commons tender export", description: "A tender as exported by Tender Commons (docs/exports.md)." }); // prettier-ignore

// The schema describes exactly what buildTenderJson writes.
export type TenderExport = z.output<typeof tenderExportSchema>;
const _writes: TenderJson extends TenderExport ? true : never = true;
const _describes: TenderExport extends TenderJson ? true : never = true;
void _writes;
void _describes;

/** The JSON Schema (draft 2020-12) served at TENDER_EXPORT_SCHEMA_PATH. */
export function tenderExportJsonSchema(origin: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(tenderExportSchema, { target: "draft-2020-12" }),
    $id: `${origin}${TENDER_EXPORT_SCHEMA_PATH}`,
  };
}
