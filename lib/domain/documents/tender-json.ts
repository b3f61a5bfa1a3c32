import { chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import type { ClauseParameterValue } from "@/lib/domain/clauses/clause-model";
import { renderClause } from "@/lib/domain/clauses/render-clause";
import type { AwardCriteria, Criterion } from "@/lib/domain/tender/criteria-tree";
import type { InnovationPhase } from "@/lib/domain/tender/innovation-phases";
import type { Lot } from "@/lib/domain/tender/lots";
import type { Requirement } from "@/lib/domain/tender/requirements";
import type { SovereigntyProfile } from "@/lib/domain/tender/sovereignty";
import { TIMELINE_DATES, type TimelineDate } from "@/lib/domain/tender/tender-enums";
import type { Locale } from "@/lib/i18n/config";
import type { TenderDocumentInput, TenderDocumentTender } from "./tender-document";

/**
 * The tender as JSON (docs/exports.md), for other software: the same content as the documents,
 * as data. Its JSON Schema (lib/schemas/tender-export.ts) is served at TENDER_EXPORT_SCHEMA_PATH.
 * Every object is built field by field, so nothing stored beside the documented fields (and
 * nothing internal: review comments, dismissed warnings, removed clauses) ever leaves the app.
 */
export const TENDER_EXPORT_FORMAT = "tender-commons/tender";
export const TENDER_EXPORT_VERSION = 1;
export const TENDER_EXPORT_SCHEMA_PATH = "/schemas/tender-export.v1.json";

export type CpvJson = { code: string; label: string | null };

export type ClauseJson = {
  key: string;
  version: number;
  values: Record<string, ClauseParameterValue>;
  /** In the documents' language, every placeholder filled in; null when the library lacks the version. */
  title: string | null;
  /** Markdown. */
  text: string | null;
};

export type TenderJson = {
  $schema: string;
  format: typeof TENDER_EXPORT_FORMAT;
  version: typeof TENDER_EXPORT_VERSION;
  /** The one field that differs between two exports of the same tender. */
  exportedAt: string;
  language: Locale;
  authority: { name: string };
  tender: Pick<
    TenderDocumentTender,
    | "reference"
    | "title"
    | "summary"
    | "status"
    | "contractNature"
    | "procedureType"
    | "procedureGround"
    | "estimatedValueCents"
    | "currency"
    | "durationMonths"
    | "renewalOptions"
    | "reasonsForNotDividing"
  > & {
    // prettier-ignore
    mainCpv: CpvJson | null;
    additionalCpvs: CpvJson[];
    lots: Lot[];
    requirements: Requirement[];
    award: AwardCriteria | null;
    sovereignty: SovereigntyProfile | null;
    innovationPhases: InnovationPhase[];
    clauses: ClauseJson[];
    timeline: Record<TimelineDate, string | null>;
  };
};

export function buildTenderJson(
  input: Omit<TenderDocumentInput, "text">,
  language: Locale,
  schemaUrl: string,
): TenderJson {
  const { tender } = input;
  const cpv = (code: string): CpvJson => {
    const entry = input.cpv.get(code.slice(0, 8));
    return entry
      ? { code: `${entry.code8}-${entry.checkDigit}`, label: entry.labels[language] }
      : { code, label: null };
  };
  return {
    $schema: schemaUrl,
    format: TENDER_EXPORT_FORMAT,
    version: TENDER_EXPORT_VERSION,
    exportedAt: input.createdAt,
    language,
    authority: { name: input.authority },
    tender: {
      reference: tender.reference,
      title: tender.title,
      summary: tender.summary,
      status: tender.status,
      contractNature: tender.contractNature,
      procedureType: tender.procedureType,
      procedureGround: tender.procedureGround,
      mainCpv: tender.mainCpv ? cpv(tender.mainCpv) : null,
      additionalCpvs: tender.additionalCpvs.map(cpv),
      estimatedValueCents: tender.estimatedValueCents,
      currency: tender.currency,
      durationMonths: tender.durationMonths,
      renewalOptions: tender.renewalOptions,
      lots: tender.lots.map(({ key, title, description, cpv, estimatedValueCents }) => ({ key, title, description, cpv, estimatedValueCents })), // prettier-ignore
      reasonsForNotDividing: tender.reasonsForNotDividing,
      requirements: tender.requirements.map(({ key, text, level, criterionKey }) => ({ key, text, level, criterionKey })), // prettier-ignore
      award: tender.award && awardJson(tender.award),
      sovereignty: tender.sovereignty && {
        assessment: { ...tender.sovereignty.assessment },
        minimumSeal: Object.fromEntries(
          Object.entries(tender.sovereignty.minimumSeal).map(([objective, requirement]) => [
            objective,
            { seal: requirement.seal, ...(requirement.justification ? { justification: requirement.justification } : {}) }, // prettier-ignore
          ]),
        ) as SovereigntyProfile["minimumSeal"],
        weights: { ...tender.sovereignty.weights },
      },
      innovationPhases: tender.innovationPhases.map((phase) => ({
        kind: phase.kind,
        objectives: [...phase.objectives],
        deliverables: [...phase.deliverables],
        durationMonths: phase.durationMonths,
        maxCostCents: phase.maxCostCents,
        goNoGoCriteria: [...phase.goNoGoCriteria],
        resultsLicence: phase.resultsLicence,
      })),
      clauses: tender.clauses.map((chosen) => {
        const clause = input.clauseDefinitions.get(chosenVersionKey(chosen.key, chosen.version));
        const rendered = clause ? renderClause(clause, chosen.values, language) : null;
        const values = Object.fromEntries(
          Object.entries(chosen.values).filter((entry): entry is [string, ClauseParameterValue] => entry[1] !== undefined), // prettier-ignore
        );
        return { key: chosen.key, version: chosen.version, values, title: rendered?.title ?? null, text: rendered?.body ?? null }; // prettier-ignore
      }),
      timeline: Object.fromEntries(TIMELINE_DATES.map((field) => [field, tender[field]])) as Record<TimelineDate, string | null>, // prettier-ignore
    },
  };
}

function awardJson(award: AwardCriteria): AwardCriteria {
  return {
    criteria: award.criteria.map(criterionJson),
    qualityScale: { max: award.qualityScale.max, descriptors: [...award.qualityScale.descriptors] },
    scoreAggregation: award.scoreAggregation,
    discountRatePercent: award.discountRatePercent,
    tcoHorizonYears: award.tcoHorizonYears,
    ...(award.minimumQualityPoints !== undefined ? { minimumQualityPoints: award.minimumQualityPoints } : {}),
  };
}

function criterionJson(criterion: Criterion): Criterion {
  const optional = <K extends keyof Criterion>(key: K) => (criterion[key] !== undefined ? { [key]: criterion[key] } : {}); // prettier-ignore
  return {
    key: criterion.key,
    name: criterion.name,
    ...optional("description"),
    kind: criterion.kind,
    weight: criterion.weight,
    ...(criterion.children ? { children: criterion.children.map(criterionJson) } : {}),
    ...optional("costFormula"),
    ...optional("referencePriceCents"),
    ...optional("floorPriceCents"),
    ...optional("minimumScore"),
  };
}
