import {
  flattenCriteria,
  isPricePerQuality,
  type CriteriaTree,
  type Criterion,
  type CriterionKind,
  type QualityScale,
} from "./criteria-tree";
import type { Problem } from "./problem";
import { PROCEDURE_RULES } from "./procedures";
import type { ProcedureType } from "./tender-enums";

/** Award criteria: the tree (criteria-tree.ts), its validation (here), advice (criteria-warnings.ts). */
export * from "./criteria-tree";
export * from "./criteria-warnings";
export { COST_FORMULAS, workedExample, type CostFormula, type WorkedExample } from "./cost-formulas";

export type CriteriaProblemCode =
  | "criteria.empty"
  | "criteria.keyMissing"
  | "criteria.keyDuplicate"
  | "criteria.weightInvalid"
  | "criteria.weightsSum"
  | "criteria.moreThanOneCost"
  | "criteria.moreThanOneSovereignty"
  | "criteria.mustBeTopLevel"
  | "criteria.childrenNotAllowed"
  | "criteria.childKindInvalid"
  | "criteria.costFormulaMissing"
  | "criteria.pricePerQualityPointWeight"
  | "criteria.pricePerQualityPointNeedsQuality"
  | "criteria.scaleMissing"
  | "criteria.scaleInvalid"
  | "criteria.scaleDescriptorMissing"
  | "criteria.scaleMaxInconsistent"
  | "criteria.bestPriceQualityRatioRequired";

type CriteriaProblem = Problem<CriteriaProblemCode>;

const CHILD_KINDS: Record<CriterionKind, readonly CriterionKind[]> = {
  COST: [],
  SOVEREIGNTY: [],
  QUALITY: ["QUALITY", "OPENNESS"],
  OPENNESS: ["OPENNESS"],
};

/**
 * Structural problems, each with the path of the field concerned: weights are positive integers
 * summing to 100 on every level; at most one COST and one SOVEREIGNTY criterion, both at the top
 * level and without children; quality leaves carry a complete scale, the same 0–max for the
 * whole tender (product decision). With F8 (price per quality point, UK guidance) the price
 * divides the quality score, so its criterion has weight 0 and the others make up the 100.
 * Competitive dialogue and innovation partnership award on best price-quality ratio only
 * (Art. 30(1), 31(1)), so they need a criterion other than cost.
 */
export function validateCriteria(
  tree: CriteriaTree,
  context: { procedure?: ProcedureType | null } = {},
): CriteriaProblem[] {
  if (tree.length === 0) return [{ code: "criteria.empty", severity: "incomplete", path: "criteria" }];
  const problems: CriteriaProblem[] = [];
  const all = flattenCriteria(tree);
  const seenKeys = new Set<string>();
  for (const { criterion, path, depth } of all) {
    checkKey(criterion, path, seenKeys, problems);
    checkWeight(criterion, path, problems);
    checkKind(criterion, path, depth, problems);
  }
  checkSums(tree, "criteria", problems);
  checkCounts(all, problems);
  checkScaleConsistency(all, problems);
  const hasOtherThanCost = tree.some((criterion) => criterion.kind !== "COST");
  if (context.procedure && PROCEDURE_RULES[context.procedure].bestPriceQualityRatioOnly && !hasOtherThanCost) {
    problems.push({ code: "criteria.bestPriceQualityRatioRequired", severity: "error", path: "criteria" });
  }
  if (tree.some(isPricePerQuality) && !hasOtherThanCost) {
    problems.push({ code: "criteria.pricePerQualityPointNeedsQuality", severity: "error", path: "criteria" });
  }
  return problems;
}

function checkKey(criterion: Criterion, path: string, seen: Set<string>, problems: CriteriaProblem[]): void {
  const key = criterion.key.trim();
  if (key === "") {
    problems.push({ code: "criteria.keyMissing", severity: "error", path: `${path}.key` });
  } else if (seen.has(key)) {
    problems.push({ code: "criteria.keyDuplicate", severity: "error", path: `${path}.key`, values: { key } });
  } else {
    seen.add(key);
  }
}

function checkWeight(criterion: Criterion, path: string, problems: CriteriaProblem[]): void {
  if (isPricePerQuality(criterion)) {
    if (criterion.weight !== 0) {
      problems.push({ code: "criteria.pricePerQualityPointWeight", severity: "error", path: `${path}.weight` });
    }
  } else if (!Number.isInteger(criterion.weight) || criterion.weight < 1 || criterion.weight > 100) {
    problems.push({ code: "criteria.weightInvalid", severity: "error", path: `${path}.weight` });
  }
}

function checkKind(criterion: Criterion, path: string, depth: number, problems: CriteriaProblem[]): void {
  const children = criterion.children ?? [];
  const leafOnly = criterion.kind === "COST" || criterion.kind === "SOVEREIGNTY";
  if (leafOnly && depth > 0) {
    problems.push({ code: "criteria.mustBeTopLevel", severity: "error", path, values: { kind: criterion.kind } });
  }
  if (leafOnly && children.length > 0) {
    problems.push({ code: "criteria.childrenNotAllowed", severity: "error", path: `${path}.children` });
  }
  children.forEach((child, i) => {
    if (!leafOnly && !CHILD_KINDS[criterion.kind].includes(child.kind)) {
      const values = { parent: criterion.kind, child: child.kind };
      problems.push({
        code: "criteria.childKindInvalid",
        severity: "error",
        path: `${path}.children.${i}.kind`,
        values,
      });
    }
  });
  if (criterion.kind === "COST" && !criterion.costFormula) {
    problems.push({ code: "criteria.costFormulaMissing", severity: "error", path: `${path}.costFormula` });
  }
  if ((criterion.kind === "QUALITY" || criterion.kind === "OPENNESS") && children.length === 0) {
    checkScale(criterion.qualityScale, `${path}.qualityScale`, problems);
  }
}

function checkScale(scale: QualityScale | undefined, path: string, problems: CriteriaProblem[]): void {
  if (!scale) {
    problems.push({ code: "criteria.scaleMissing", severity: "error", path });
    return;
  }
  if (scale.max !== 5 && scale.max !== 10) {
    problems.push({ code: "criteria.scaleInvalid", severity: "error", path: `${path}.max` });
    return;
  }
  for (let score = 0; score <= scale.max; score++) {
    if ((scale.descriptors[score] ?? "").trim() === "") {
      const values = { score };
      problems.push({
        code: "criteria.scaleDescriptorMissing",
        severity: "error",
        path: `${path}.descriptors.${score}`,
        values,
      });
    }
  }
}

function checkSums(level: readonly Criterion[], path: string, problems: CriteriaProblem[]): void {
  const weighted = level.filter((criterion) => !isPricePerQuality(criterion));
  const valid = weighted.every((criterion) => Number.isInteger(criterion.weight) && criterion.weight >= 1);
  const sum = weighted.reduce((total, criterion) => total + criterion.weight, 0);
  if (valid && weighted.length > 0 && sum !== 100) {
    problems.push({ code: "criteria.weightsSum", severity: "error", path, values: { sum } });
  }
  level.forEach((criterion, i) => {
    if (criterion.children && criterion.children.length > 0)
      checkSums(criterion.children, `${path}.${i}.children`, problems);
  });
}

function checkCounts(all: { criterion: Criterion; path: string }[], problems: CriteriaProblem[]): void {
  const cost = all.filter(({ criterion }) => criterion.kind === "COST");
  const sovereignty = all.filter(({ criterion }) => criterion.kind === "SOVEREIGNTY");
  for (const extra of cost.slice(1)) {
    problems.push({ code: "criteria.moreThanOneCost", severity: "error", path: extra.path });
  }
  for (const extra of sovereignty.slice(1)) {
    problems.push({ code: "criteria.moreThanOneSovereignty", severity: "error", path: extra.path });
  }
}

function checkScaleConsistency(all: { criterion: Criterion; path: string }[], problems: CriteriaProblem[]): void {
  const scaled = all.filter(({ criterion }) => criterion.qualityScale?.max === 5 || criterion.qualityScale?.max === 10);
  const first = scaled[0]?.criterion.qualityScale?.max;
  for (const { criterion, path } of scaled) {
    if (criterion.qualityScale?.max !== first) {
      const values = { expected: first ?? 5, actual: criterion.qualityScale?.max ?? 0 };
      problems.push({
        code: "criteria.scaleMaxInconsistent",
        severity: "error",
        path: `${path}.qualityScale.max`,
        values,
      });
    }
  }
}
