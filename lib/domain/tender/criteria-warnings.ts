import { COST_FORMULA_RULES } from "./cost-formulas";
import { flattenCriteria, isPricePerQuality, type CriteriaTree } from "./criteria-tree";
import type { Problem } from "./problem";

export type CriteriaWarningCode =
  | "criteria.costOnlyForComplexSoftware"
  | "criteria.costWeightHigh"
  | "criteria.relativeCostFormula"
  | "criteria.noSovereigntyCriterion"
  | "criteria.noOpennessCriterion";

/**
 * Above this cost weight quality can hardly change the outcome; with F1 the effective weight of
 * price also drifts from the published one as the price spread changes.
 */
export const COST_WEIGHT_WARNING_ABOVE = 60;

/**
 * Advice, not law: price or cost alone for complex software (Art. 67(2) allows it, but quality,
 * lock-in and exit are where software tenders are lost); a cost weight above 60 %; a relative
 * formula (F1, F2), where adding or removing a bid can reorder the others (rank reversal,
 * Schotanus et al. 2022); no sovereignty or no openness criterion.
 */
export function criteriaWarnings(
  tree: CriteriaTree,
  context: { complexSoftware: boolean },
): Problem<CriteriaWarningCode>[] {
  const warnings: Problem<CriteriaWarningCode>[] = [];
  const all = flattenCriteria(tree);
  const costIndex = tree.findIndex((criterion) => criterion.kind === "COST");
  const cost = tree[costIndex];
  if (context.complexSoftware && cost && tree.every((criterion) => criterion.kind === "COST")) {
    warnings.push({ code: "criteria.costOnlyForComplexSoftware", severity: "warning", path: "criteria" });
  }
  if (cost && !isPricePerQuality(cost) && cost.weight > COST_WEIGHT_WARNING_ABOVE) {
    const values = { weight: cost.weight, limit: COST_WEIGHT_WARNING_ABOVE };
    warnings.push({
      code: "criteria.costWeightHigh",
      severity: "warning",
      path: `criteria.${costIndex}.weight`,
      values,
    });
  }
  if (cost?.costFormula && COST_FORMULA_RULES[cost.costFormula].relative) {
    const values = { formula: cost.costFormula };
    warnings.push({
      code: "criteria.relativeCostFormula",
      severity: "warning",
      path: `criteria.${costIndex}.costFormula`,
      values,
    });
  }
  if (!all.some(({ criterion }) => criterion.kind === "SOVEREIGNTY")) {
    warnings.push({ code: "criteria.noSovereigntyCriterion", severity: "warning", path: "criteria" });
  }
  if (!all.some(({ criterion }) => criterion.kind === "OPENNESS")) {
    warnings.push({ code: "criteria.noOpennessCriterion", severity: "warning", path: "criteria" });
  }
  return warnings;
}
