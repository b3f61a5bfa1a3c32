import {
  SCORE_AGGREGATIONS,
  type AwardCriteria,
  type Criterion,
  type QualityScale,
  type ScoreAggregation,
} from "./criteria-tree";

/**
 * The limits and defaults of what a tender fixes about its award besides the criteria
 * (decisions.md, "Total cost of ownership" and "Quality scoring").
 */

/** 3 % real: the rate commonly used in Commission appraisal guidance; the tender may change it. */
export const DEFAULT_DISCOUNT_RATE_PERCENT = 3;
/** Far above any real discount rate in use; a higher one would make later years (exit) vanish. */
export const MAX_DISCOUNT_RATE_PERCENT = 15;

export const MIN_TCO_HORIZON_YEARS = 1;
export const MAX_TCO_HORIZON_YEARS = 30;
/** When the contract's duration is not known yet: four years, the usual maximum of a framework agreement (Art. 33(1)). */
export const DEFAULT_TCO_HORIZON_YEARS = 4;

/** Moderation to one agreed score is the usual recommendation (reference.md §3.4). */
export const DEFAULT_SCORE_AGGREGATION: ScoreAggregation = "CONSENSUS";

/** The contract's duration rounded up to whole years (30 months → 3 years), within 1–30. */
export function defaultTcoHorizonYears(durationMonths: number | null): number {
  if (durationMonths === null || !Number.isFinite(durationMonths) || durationMonths <= 0) {
    return DEFAULT_TCO_HORIZON_YEARS;
  }
  return Math.min(MAX_TCO_HORIZON_YEARS, Math.max(MIN_TCO_HORIZON_YEARS, Math.ceil(durationMonths / 12)));
}

/**
 * The award as stored (JSON), with the defaults filled in where an older draft lacks a setting.
 * Drafts saved before the tender-wide scale kept one scale on each quality leaf: the first one
 * found becomes the tender's. Anything else is taken as stored; validateCriteria judges it.
 */
export function readAwardCriteria(stored: unknown, durationMonths: number | null): AwardCriteria | null {
  if (stored === null || typeof stored !== "object") return null;
  const award = stored as Partial<AwardCriteria>;
  const criteria = Array.isArray(award.criteria) ? award.criteria : [];
  return {
    criteria,
    qualityScale: award.qualityScale ?? legacyLeafScale(criteria) ?? { max: 5, descriptors: [] },
    scoreAggregation: SCORE_AGGREGATIONS.includes(award.scoreAggregation as ScoreAggregation)
      ? (award.scoreAggregation as ScoreAggregation)
      : DEFAULT_SCORE_AGGREGATION,
    discountRatePercent:
      typeof award.discountRatePercent === "number" ? award.discountRatePercent : DEFAULT_DISCOUNT_RATE_PERCENT,
    tcoHorizonYears:
      typeof award.tcoHorizonYears === "number" ? award.tcoHorizonYears : defaultTcoHorizonYears(durationMonths),
    ...(typeof award.minimumQualityPoints === "number" ? { minimumQualityPoints: award.minimumQualityPoints } : {}),
  };
}

function legacyLeafScale(criteria: readonly Criterion[]): QualityScale | undefined {
  for (const criterion of criteria) {
    const own = (criterion as { qualityScale?: QualityScale }).qualityScale;
    if (own) return own;
    const nested = legacyLeafScale(criterion.children ?? []);
    if (nested) return nested;
  }
  return undefined;
}
