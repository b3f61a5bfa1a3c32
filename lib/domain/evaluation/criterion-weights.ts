import { mul, rational, type Rational } from "@/lib/domain/rational";
import {
  isAutomaticOpenness,
  isScaleScored,
  type AwardCriteria,
  type Criterion,
} from "@/lib/domain/tender/criteria-tree";
import type { CriterionScoring, CriterionWeight } from "./evaluation-result";

/**
 * Every criterion of the tree with its share of the total, depth first. Weights multiply down
 * the tree: a sub-criterion weighing 40 % of a parent weighing 50 % is worth 50 × 40 / 100 = 20
 * points out of 100. OPENNESS leaves are scored by the evaluators on the scale like QUALITY ones
 * (with the automatic licence and standards findings before them), unless the tender computes
 * them automatically by its published method (automatic-openness.ts, docs/evaluation.md).
 */
export function criterionWeights(award: AwardCriteria): CriterionWeight[] {
  const out: CriterionWeight[] = [];
  for (const top of award.criteria) {
    const topShare = rational(top.weight);
    out.push(entry(top, null, topShare));
    for (const child of top.children ?? []) {
      out.push(entry(child, top.key, mul(topShare, rational(child.weight, 100))));
    }
  }
  return out;
}

function entry(criterion: Criterion, parentKey: string | null, share: Rational): CriterionWeight {
  return {
    key: criterion.key,
    name: criterion.name,
    kind: criterion.kind,
    parentKey,
    weight: criterion.weight,
    share,
    scoring: scoringOf(criterion),
    minimumScore: criterion.minimumScore ?? null,
    automaticOpenness: isAutomaticOpenness(criterion) ? { ...criterion.automaticOpenness! } : null,
  };
}

function scoringOf(criterion: Criterion): CriterionScoring {
  if (criterion.kind === "COST") return "COST_FORMULA";
  if (criterion.kind === "SOVEREIGNTY") return "SOVEREIGNTY";
  if (isAutomaticOpenness(criterion)) return "AUTOMATIC_OPENNESS";
  return isScaleScored(criterion) ? "EVALUATORS" : "SUB_CRITERIA";
}
