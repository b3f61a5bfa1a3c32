import type { CostFormula } from "./cost-formulas";

/**
 * Award criteria of Directive 2014/24/EU Art. 67: a tree whose every level carries integer
 * percentage weights summing to 100 (weights must be published, Art. 67(5)). COST is scored with
 * a formula (Art. 67(2), 68), QUALITY and OPENNESS on a 0–5 or 0–10 scale with a descriptor per
 * level (common practice, e.g. New Zealand Government Procurement guidance), SOVEREIGNTY from the bid's SEAL levels (Cloud Sovereignty Framework).
 */
export const CRITERION_KINDS = ["COST", "QUALITY", "SOVEREIGNTY", "OPENNESS"] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export type QualityScale = {
  max: 5 | 10;
  /** What each score means; descriptors[s] describes score s, so there are max + 1 of them. */
  descriptors: readonly string[];
};

export type Criterion = {
  /** Stable identifier within the tender, used by scores and requirements. */
  key: string;
  /** What bidders read, e.g. "Usability for staff"; optional only for the rules' tests. */
  name?: string;
  /** What the evaluators look for (Markdown). */
  description?: string;
  kind: CriterionKind;
  /** Integer percent of its parent (of the total at the top level). */
  weight: number;
  /** Sub-criteria, for QUALITY and OPENNESS only. */
  children?: readonly Criterion[];
  /** COST only. */
  costFormula?: CostFormula;
  /** QUALITY and OPENNESS leaves. */
  qualityScale?: QualityScale;
};

export type CriteriaTree = readonly Criterion[];

/** What the tender fixes about its award before any bid is seen. */
export type AwardCriteria = {
  criteria: CriteriaTree;
};

/**
 * The usual 0–5 anchors, from "unacceptable / no evidence" to "exceeds with evidenced added value",
 * as translation codes a drafter starts from and then adapts to each criterion.
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
