import { MAX_AMOUNT_CENTS } from "../money";
import { MAX_DISCOUNT_RATE_PERCENT, MAX_TCO_HORIZON_YEARS, MIN_TCO_HORIZON_YEARS } from "./award-settings";
import {
  CHILD_KINDS,
  flattenCriteria,
  isPricePerQuality,
  isScaleScored,
  maximumQualityPoints,
  usesQualityScale,
  type AwardCriteria,
  type Criterion,
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
  | "criteria.nameMissing"
  | "criteria.weightInvalid"
  | "criteria.weightsSum"
  | "criteria.moreThanOneCost"
  | "criteria.moreThanOneSovereignty"
  | "criteria.mustBeTopLevel"
  | "criteria.childrenNotAllowed"
  | "criteria.childKindInvalid"
  | "criteria.tooDeep"
  | "criteria.costFormulaMissing"
  | "criteria.referencePriceInvalid"
  | "criteria.floorPriceInvalid"
  | "criteria.floorNotBelowReference"
  | "criteria.pricePerQualityPointWeight"
  | "criteria.pricePerQualityPointNeedsQuality"
  | "criteria.scaleMissing"
  | "criteria.scaleInvalid"
  | "criteria.scaleDescriptorMissing"
  | "criteria.discountRateInvalid"
  | "criteria.tcoHorizonInvalid"
  | "criteria.bestPriceQualityRatioRequired"
  | "criteria.minimumScoreNotScored"
  | "criteria.minimumScoreInvalid"
  | "criteria.minimumQualityPointsInvalid"
  | "criteria.minimumQualityPointsNeedsQuality"
  | "criteria.automaticOpennessNotLeaf"
  | "criteria.automaticOpennessMixInvalid";

type CriteriaProblem = Problem<CriteriaProblemCode>;

/**
 * Problems of the award, each with the path of the field concerned (the form's naming, e.g.
 * `criteria.0.children.1.weight`): weights are integers from 1 to 100 summing to 100 on every
 * level; at most one COST and one SOVEREIGNTY criterion, both at the top level and without
 * children; sub-criteria have none of their own; F5 states its reference and floor prices;
 * when anything is scored on quality, the tender's one scale (0–5 or 0–10, decisions.md) has a
 * descriptor for every score. With F8 (price per quality point, UK guidance) the price divides
 * the quality score, so its criterion has weight 0 and the others make up the 100. The discount
 * rate and the cost horizon stay within their limits (award-settings.ts). Competitive dialogue
 * and innovation partnership award on best price-quality ratio only (Art. 30(1), 31(1)), so they
 * need a criterion other than cost: that depends on the procedure, given as context.
 */
export function validateCriteria(
  award: AwardCriteria,
  context: { procedure?: ProcedureType | null } = {},
): CriteriaProblem[] {
  const problems: CriteriaProblem[] = [];
  const tree = award.criteria;
  if (tree.length === 0) {
    problems.push({ code: "criteria.empty", severity: "incomplete", path: "criteria" });
  } else {
    checkTree(award, context, problems);
  }
  checkSettings(award, problems);
  return problems;
}

function checkTree(
  award: AwardCriteria,
  context: { procedure?: ProcedureType | null },
  problems: CriteriaProblem[],
): void {
  const tree = award.criteria;
  const all = flattenCriteria(tree);
  const seenKeys = new Set<string>();
  for (const { criterion, path, depth } of all) {
    checkKey(criterion, path, seenKeys, problems);
    if ((criterion.name ?? "").trim() === "") {
      problems.push({ code: "criteria.nameMissing", severity: "error", path: `${path}.name` });
    }
    checkWeight(criterion, path, problems);
    checkKind(criterion, path, depth, problems);
    checkMinimumScore(criterion, path, award.qualityScale, problems);
    checkAutomaticOpenness(criterion, path, problems);
  }
  checkSums(tree, "criteria", problems);
  checkCounts(all, problems);
  if (usesQualityScale(tree)) checkScale(award.qualityScale, "qualityScale", problems);
  const hasOtherThanCost = tree.some((criterion) => criterion.kind !== "COST");
  if (context.procedure && PROCEDURE_RULES[context.procedure].bestPriceQualityRatioOnly && !hasOtherThanCost) {
    problems.push({ code: "criteria.bestPriceQualityRatioRequired", severity: "error", path: "criteria" });
  }
  if (tree.some(isPricePerQuality) && !hasOtherThanCost) {
    problems.push({ code: "criteria.pricePerQualityPointNeedsQuality", severity: "error", path: "criteria" });
  }
  checkMinimumQualityPoints(award, problems);
}

/**
 * A per-criterion threshold is a whole score on the tender's scale (a descriptor's level), from 1
 * (0 would exclude nobody) to the maximum, and only where evaluators score on the scale.
 */
function checkMinimumScore(
  criterion: Criterion,
  path: string,
  scale: QualityScale | undefined,
  problems: CriteriaProblem[],
): void {
  const minimum = criterion.minimumScore;
  if (minimum === undefined || (minimum as unknown) === null) return;
  if (!isScaleScored(criterion)) {
    problems.push({ code: "criteria.minimumScoreNotScored", severity: "error", path: `${path}.minimumScore` });
    return;
  }
  const max = scale?.max === 5 || scale?.max === 10 ? scale.max : 10;
  if (!Number.isInteger(minimum) || minimum < 1 || minimum > max) {
    problems.push({
      code: "criteria.minimumScoreInvalid",
      severity: "error",
      path: `${path}.minimumScore`,
      values: { max },
    });
  }
}

/**
 * The method of an automatic openness criterion (lib/domain/evaluation/automatic-openness.ts):
 * only on an OPENNESS leaf, with a mix of licences and standards in whole percent adding up to 100.
 */
function checkAutomaticOpenness(criterion: Criterion, path: string, problems: CriteriaProblem[]): void {
  const mix = criterion.automaticOpenness;
  if (mix === undefined || (mix as unknown) === null) return;
  if (criterion.kind !== "OPENNESS" || (criterion.children ?? []).length > 0) {
    problems.push({ code: "criteria.automaticOpennessNotLeaf", severity: "error", path: `${path}.automaticOpenness` });
    return;
  }
  const part = (value: number) => Number.isInteger(value) && value >= 0 && value <= 100;
  if (!part(mix.licencesPercent) || !part(mix.standardsPercent) || mix.licencesPercent + mix.standardsPercent !== 100) {
    problems.push({
      code: "criteria.automaticOpennessMixInvalid",
      severity: "error",
      path: `${path}.automaticOpenness.licencesPercent`,
    });
  }
}

/**
 * A threshold in total counts every criterion but cost (quality, openness, sovereignty), so it
 * lies above 0 and at most at their weights' sum, with at most 2 decimals like shown points.
 */
function checkMinimumQualityPoints(award: AwardCriteria, problems: CriteriaProblem[]): void {
  const minimum = award.minimumQualityPoints;
  if (minimum === undefined || (minimum as unknown) === null) return;
  const max = maximumQualityPoints(award.criteria);
  if (max <= 0) {
    problems.push({
      code: "criteria.minimumQualityPointsNeedsQuality",
      severity: "error",
      path: "minimumQualityPoints",
    });
    return;
  }
  const hundredths = minimum * 100;
  if (
    !Number.isFinite(minimum) ||
    minimum <= 0 ||
    minimum > max ||
    Math.abs(hundredths - Math.round(hundredths)) > 1e-6
  ) {
    problems.push({
      code: "criteria.minimumQualityPointsInvalid",
      severity: "error",
      path: "minimumQualityPoints",
      values: { max },
    });
  }
}

function checkSettings(award: AwardCriteria, problems: CriteriaProblem[]): void {
  const rate = award.discountRatePercent;
  const hundredths = rate * 100;
  if (
    !Number.isFinite(rate) ||
    rate < 0 ||
    rate > MAX_DISCOUNT_RATE_PERCENT ||
    // At most two decimals; the tolerance absorbs binary fractions such as 0.07 × 100.
    Math.abs(hundredths - Math.round(hundredths)) > 1e-6
  ) {
    problems.push({ code: "criteria.discountRateInvalid", severity: "error", path: "discountRatePercent" });
  }
  const years = award.tcoHorizonYears;
  if (!Number.isInteger(years) || years < MIN_TCO_HORIZON_YEARS || years > MAX_TCO_HORIZON_YEARS) {
    problems.push({ code: "criteria.tcoHorizonInvalid", severity: "error", path: "tcoHorizonYears" });
  }
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
  const leafOnly = CHILD_KINDS[criterion.kind].length === 0;
  if (leafOnly && depth > 0) {
    problems.push({
      code: "criteria.mustBeTopLevel",
      severity: "error",
      path: `${path}.kind`,
      values: { kind: criterion.kind },
    });
  }
  if (leafOnly && children.length > 0) {
    problems.push({ code: "criteria.childrenNotAllowed", severity: "error", path: `${path}.children` });
  }
  // One level of sub-criteria: deeper trees are hard to weigh and to explain to bidders.
  if (!leafOnly && depth > 0 && children.length > 0) {
    problems.push({ code: "criteria.tooDeep", severity: "error", path: `${path}.children` });
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
  if (criterion.kind === "COST" && criterion.costFormula === "F5") checkReferencePrices(criterion, path, problems);
}

/** F5 scores against B (0 points) and Bfloor (all the points), which must be amounts with Bfloor below B. */
function checkReferencePrices(criterion: Criterion, path: string, problems: CriteriaProblem[]): void {
  const reference = criterion.referencePriceCents;
  const floor = criterion.floorPriceCents;
  const isAmount = (cents: number | undefined, min: number): cents is number =>
    Number.isInteger(cents) && cents! >= min && cents! <= MAX_AMOUNT_CENTS;
  const referenceOk = isAmount(reference, 1);
  const floorOk = isAmount(floor, 0);
  if (!referenceOk) {
    problems.push({ code: "criteria.referencePriceInvalid", severity: "error", path: `${path}.referencePriceCents` });
  }
  if (!floorOk) {
    problems.push({ code: "criteria.floorPriceInvalid", severity: "error", path: `${path}.floorPriceCents` });
  }
  if (referenceOk && floorOk && floor >= reference) {
    problems.push({ code: "criteria.floorNotBelowReference", severity: "error", path: `${path}.floorPriceCents` });
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
    problems.push({ code: "criteria.moreThanOneCost", severity: "error", path: `${extra.path}.kind` });
  }
  for (const extra of sovereignty.slice(1)) {
    problems.push({ code: "criteria.moreThanOneSovereignty", severity: "error", path: `${extra.path}.kind` });
  }
}
