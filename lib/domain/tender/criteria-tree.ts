import type { CostFormula } from "./cost-formulas";

/**
 * Award criteria of Directive 2014/24/EU Art. 67: a tree whose every level carries integer
 * percentage weights summing to 100 (weights must be published, Art. 67(5)). COST is scored with
 * a formula (Art. 67(2), 68), QUALITY and OPENNESS on the tender's 0–5 or 0–10 scale with a
 * descriptor per level (common practice, e.g. New Zealand Government Procurement guidance), or an
 * OPENNESS leaf automatically from licences and open standards by a published method,
 * SOVEREIGNTY from the bid's SEAL levels (Cloud Sovereignty Framework). The tree has a top level
 * and one level of sub-criteria, under QUALITY and OPENNESS only.
 */
export const CRITERION_KINDS = ["COST", "QUALITY", "SOVEREIGNTY", "OPENNESS"] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export type QualityScale = {
  max: 5 | 10;
  /** What each score means; descriptors[s] describes score s, so there are max + 1 of them. */
  descriptors: readonly string[];
};

/** The kinds a criterion may hold as sub-criteria; COST and SOVEREIGNTY are always leaves. */
export const CHILD_KINDS: Record<CriterionKind, readonly CriterionKind[]> = {
  COST: [],
  SOVEREIGNTY: [],
  QUALITY: ["QUALITY", "OPENNESS"],
  OPENNESS: ["OPENNESS"],
};

export type Criterion = {
  /** Stable identifier within the tender, used by scores and requirements. */
  key: string;
  /** What bidders read, e.g. "Usability for staff". */
  name: string;
  /** What the evaluators look for (Markdown). */
  description?: string;
  kind: CriterionKind;
  /** Integer percent of its parent (of the total at the top level); 0 for F8, see isPricePerQuality. */
  weight: number;
  /** Sub-criteria, for QUALITY and OPENNESS only. */
  children?: readonly Criterion[];
  /** COST only. */
  costFormula?: CostFormula;
  /** COST with F5: the reference price B (scores 0), in cents. */
  referencePriceCents?: number;
  /** COST with F5: the floor price Bfloor (scores the maximum), in cents. */
  floorPriceCents?: number;
  /**
   * Optional quality threshold (C-546/16 Montte): a QUALITY or OPENNESS leaf scored on the scale
   * may require a final score of at least this (a whole score from 1 to the scale's maximum); a
   * bid below it is excluded before price is scored.
   */
  minimumScore?: number;
  /**
   * OPENNESS leaf only: the criterion is computed automatically from the bid's licences and open
   * standards, by the published method of lib/domain/evaluation/automatic-openness.ts, instead of
   * being scored by the panel. Absent: the panel scores it on the scale (the default).
   */
  automaticOpenness?: AutomaticOpenness;
};

/**
 * The published mix of an automatic openness criterion, in whole percent adding up to 100: how
 * much the share of the bid's components under an open or free licence counts, and how much the
 * coverage of the open standards the tender requires.
 */
export type AutomaticOpenness = { licencesPercent: number; standardsPercent: number };

/** How an openness leaf is scored: by the panel on the scale (the default), or computed automatically. */
export const OPENNESS_SCORINGS = ["PANEL", "AUTOMATIC"] as const;
export type OpennessScoring = (typeof OPENNESS_SCORINGS)[number];

/** What a drafter starts from when they choose "computed automatically": licences and standards alike. */
export const DEFAULT_AUTOMATIC_OPENNESS: AutomaticOpenness = { licencesPercent: 50, standardsPercent: 50 };

export type CriteriaTree = readonly Criterion[];

/** Whether the final quality score is the panel's consensus, recorded by the chair, or the mean of the evaluators' scores. */
export const SCORE_AGGREGATIONS = ["CONSENSUS", "MEAN"] as const;
export type ScoreAggregation = (typeof SCORE_AGGREGATIONS)[number];

/**
 * What the tender fixes about its award before any bid is seen (decisions.md): the criteria, the
 * one quality scale of the whole tender (every QUALITY and OPENNESS leaf is scored on it), how
 * evaluators' scores are combined (stated before bids are opened), and the total cost of
 * ownership's discount rate (shown in the documents, Art. 68(2)) and horizon in contract years.
 */
export type AwardCriteria = {
  criteria: CriteriaTree;
  qualityScale: QualityScale;
  scoreAggregation: ScoreAggregation;
  /** Real discount rate r of NPV = Σ C_t / (1 + r)^t, in percent, 0–15 with at most 2 decimals. */
  discountRatePercent: number;
  /** Contract years N the total cost of ownership covers, 1–30. */
  tcoHorizonYears: number;
  /**
   * Optional quality threshold in total (C-546/16 Montte): the least quality points a bid needs,
   * counting every criterion other than cost (quality, openness and sovereignty, i.e. out of
   * 100 minus the cost weight); a bid below it is excluded before price is scored.
   */
  minimumQualityPoints?: number;
};

/**
 * The usual 0–5 anchors, from "unacceptable / no evidence" to "exceeds with evidenced added value",
 * as translation codes a drafter starts from and then adapts to the tender.
 */
export const QUALITY_ANCHORS_0_5 = [
  "UNACCEPTABLE",
  "SERIOUS_RESERVATIONS",
  "MINOR_RESERVATIONS",
  "ACCEPTABLE",
  "GOOD",
  "EXCELLENT",
] as const;

/** Every criterion of the tree, depth first, with its form path (`criteria.0.children.1`). */
export function flattenCriteria(tree: CriteriaTree): { criterion: Criterion; path: string; depth: number }[] {
  const out: { criterion: Criterion; path: string; depth: number }[] = [];
  const walk = (level: readonly Criterion[], prefix: string, depth: number) =>
    level.forEach((criterion, i) => {
      const path = `${prefix}.${i}`;
      out.push({ criterion, path, depth });
      walk(criterion.children ?? [], `${path}.children`, depth + 1);
    });
  walk(tree, "criteria", 0);
  return out;
}

/** True for the F8 cost criterion, which divides the quality score instead of carrying a weight. */
export function isPricePerQuality(criterion: Criterion): boolean {
  return criterion.kind === "COST" && criterion.costFormula === "F8";
}

/** True for an OPENNESS leaf the tender computes automatically from licences and open standards. */
export function isAutomaticOpenness(criterion: Criterion): boolean {
  return (
    criterion.kind === "OPENNESS" && (criterion.children ?? []).length === 0 && criterion.automaticOpenness != null
  );
}

/**
 * True for a criterion evaluators score on the quality scale: a QUALITY or OPENNESS leaf, except
 * an openness leaf the tender computes automatically.
 */
export function isScaleScored(criterion: Criterion): boolean {
  return (
    (criterion.kind === "QUALITY" || criterion.kind === "OPENNESS") &&
    (criterion.children ?? []).length === 0 &&
    !isAutomaticOpenness(criterion)
  );
}

/** The most quality points a bid can earn: every top-level weight but the cost criterion's. */
export function maximumQualityPoints(tree: CriteriaTree): number {
  return tree
    .filter((criterion) => criterion.kind !== "COST")
    .reduce((total, criterion) => total + criterion.weight, 0);
}

/** True when something in the tree is scored on the tender's quality scale: a QUALITY or OPENNESS leaf the panel scores. */
export function usesQualityScale(tree: CriteriaTree): boolean {
  return flattenCriteria(tree).some(({ criterion }) => isScaleScored(criterion));
}
