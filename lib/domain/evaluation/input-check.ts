import { add, sign } from "@/lib/domain/rational";
import { validateCriteria } from "@/lib/domain/tender/award-criteria";
import { flattenCriteria, isAutomaticOpenness, isScaleScored } from "@/lib/domain/tender/criteria-tree";
import type { Problem } from "@/lib/domain/tender/problem";
import { discountedTotal } from "./discounted-tco";
import type { CriterionScores, EvaluationBid, EvaluationInput } from "./evaluation-input";
import { checkOpennessInputs, type OpennessProblemCode } from "./openness-check";

/**
 * Everything that would make an evaluation wrong or incomplete, found at once with the path of
 * the value concerned (`bids.2.scores.0.evaluations.1.score`), as codes translated under
 * `problems.evaluation` (and `validation.criteria` for the award, under `award.`). Shapes and
 * ranges of single values (a score is a whole number, a justification is given) are the
 * schema's; here are the rules that need the whole input: keys that must match, every scored
 * criterion scored for every bid, the consensus where the tender uses it, and the inputs of the
 * openness criteria the tender computes automatically (openness-check.ts).
 */
export type EvaluationProblemCode =
  | "evaluation.sovereigntyProfileMissing"
  | "evaluation.evaluatorDuplicate"
  | "evaluation.bidDuplicate"
  | "evaluation.lotDuplicate"
  | "evaluation.lotRequired"
  | "evaluation.lotUnknown"
  | "evaluation.lotNotExpected"
  | "evaluation.criterionUnknown"
  | "evaluation.criterionAutomatic"
  | "evaluation.criterionScoredTwice"
  | "evaluation.criterionNotScored"
  | "evaluation.noEvaluations"
  | "evaluation.evaluatorUnknown"
  | "evaluation.evaluatorScoredTwice"
  | "evaluation.scoreOutOfScale"
  | "evaluation.consensusOutOfScale"
  | "evaluation.consensusMissing"
  | "evaluation.consensusWithMean"
  | "evaluation.costNotPositive"
  | OpennessProblemCode;

export function checkEvaluationInput(input: EvaluationInput): Problem[] {
  const problems: Problem[] = validateCriteria(input.award)
    .filter((problem) => problem.severity !== "warning")
    .map((problem) => ({ ...problem, severity: "error", path: `award.${problem.path ?? "criteria"}` }));
  const problem = (code: EvaluationProblemCode, path: string, values?: Problem["values"]) =>
    problems.push({ code, severity: "error", path, ...(values ? { values } : {}) });

  if (input.award.criteria.some((criterion) => criterion.kind === "SOVEREIGNTY") && !input.sovereignty) {
    problem("evaluation.sovereigntyProfileMissing", "sovereignty");
  }
  duplicates(input.evaluators.map((evaluator) => evaluator.id)).forEach((i) =>
    problem("evaluation.evaluatorDuplicate", `evaluators.${i}.id`),
  );
  duplicates(input.lots.map((lot) => lot.key)).forEach((i) => problem("evaluation.lotDuplicate", `lots.${i}.key`));
  duplicates(input.bids.map((bid) => bid.id)).forEach((i) => problem("evaluation.bidDuplicate", `bids.${i}.id`));

  const all = flattenCriteria(input.award.criteria).map(({ criterion }) => criterion);
  const context = {
    leafKeys: new Set(all.filter(isScaleScored).map((criterion) => criterion.key)),
    automaticKeys: new Set(all.filter(isAutomaticOpenness).map((criterion) => criterion.key)),
    evaluatorIds: new Set(input.evaluators.map((evaluator) => evaluator.id)),
    scaleMax: input.award.qualityScale.max,
    needsPositiveCost: input.award.criteria.some((criterion) => criterion.kind === "COST"),
  };
  input.bids.forEach((bid, index) => {
    checkLot(bid, `bids.${index}`, input, problem);
    checkScores(bid, `bids.${index}`, input, context, problem);
    if (context.automaticKeys.size > 0) checkOpennessInputs(bid, `bids.${index}`, problem);
    if (context.needsPositiveCost && !bid.exclusion) {
      const internal = bid.internalCosts ?? input.internalCosts;
      const rate = input.award.discountRatePercent;
      const total = add(discountedTotal(bid.costLines, rate), discountedTotal(internal, rate));
      if (sign(total) <= 0) problem("evaluation.costNotPositive", `bids.${index}.costLines`);
    }
  });
  return problems;
}

type Report = (code: EvaluationProblemCode, path: string, values?: Problem["values"]) => void;
type Context = {
  leafKeys: Set<string>;
  automaticKeys: Set<string>;
  evaluatorIds: Set<string>;
  scaleMax: number;
  needsPositiveCost: boolean;
};

function checkLot(bid: EvaluationBid, path: string, input: EvaluationInput, problem: Report): void {
  const lotKeys = input.lots.map((lot) => lot.key);
  if (lotKeys.length === 0) {
    if (bid.lotKey !== null) problem("evaluation.lotNotExpected", `${path}.lotKey`, { lot: bid.lotKey });
  } else if (bid.lotKey === null) {
    problem("evaluation.lotRequired", `${path}.lotKey`, { lots: lotKeys.join(", ") });
  } else if (!lotKeys.includes(bid.lotKey)) {
    problem("evaluation.lotUnknown", `${path}.lotKey`, { lot: bid.lotKey, lots: lotKeys.join(", ") });
  }
}

function checkScores(bid: EvaluationBid, path: string, input: EvaluationInput, context: Context, problem: Report) {
  const seen = new Set<string>();
  bid.scores.forEach((entry, j) => {
    const at = `${path}.scores.${j}`;
    if (context.automaticKeys.has(entry.criterionKey)) {
      problem("evaluation.criterionAutomatic", `${at}.criterionKey`, { key: entry.criterionKey });
      return;
    }
    if (!context.leafKeys.has(entry.criterionKey)) {
      problem("evaluation.criterionUnknown", `${at}.criterionKey`, { key: entry.criterionKey });
      return;
    }
    if (seen.has(entry.criterionKey)) {
      problem("evaluation.criterionScoredTwice", `${at}.criterionKey`, { key: entry.criterionKey });
      return;
    }
    seen.add(entry.criterionKey);
    checkEntry(entry, at, input.award.scoreAggregation, context, problem);
  });
  // A bid the authority excluded before scoring need not have been scored.
  if (bid.exclusion) return;
  for (const key of context.leafKeys) {
    if (!seen.has(key)) problem("evaluation.criterionNotScored", `${path}.scores`, { key });
  }
}

function checkEntry(
  entry: CriterionScores,
  at: string,
  aggregation: EvaluationInput["award"]["scoreAggregation"],
  context: Context,
  problem: Report,
): void {
  if (entry.evaluations.length === 0) problem("evaluation.noEvaluations", `${at}.evaluations`);
  const evaluators = new Set<string>();
  entry.evaluations.forEach((evaluation, k) => {
    const here = `${at}.evaluations.${k}`;
    if (!context.evaluatorIds.has(evaluation.evaluatorId)) {
      problem("evaluation.evaluatorUnknown", `${here}.evaluatorId`, { evaluator: evaluation.evaluatorId });
    } else if (evaluators.has(evaluation.evaluatorId)) {
      problem("evaluation.evaluatorScoredTwice", `${here}.evaluatorId`, { evaluator: evaluation.evaluatorId });
    }
    evaluators.add(evaluation.evaluatorId);
    if (!onScale(evaluation.score, context.scaleMax))
      problem("evaluation.scoreOutOfScale", `${here}.score`, { max: context.scaleMax });
  });
  if (aggregation === "CONSENSUS" && entry.consensus === null) {
    problem("evaluation.consensusMissing", `${at}.consensus`);
  } else if (aggregation === "MEAN" && entry.consensus !== null) {
    problem("evaluation.consensusWithMean", `${at}.consensus`);
  } else if (entry.consensus && !onScale(entry.consensus.score, context.scaleMax)) {
    problem("evaluation.consensusOutOfScale", `${at}.consensus.score`, { max: context.scaleMax });
  }
}

function onScale(score: number, scaleMax: number): boolean {
  return Number.isInteger(score) && score >= 0 && score <= scaleMax;
}

/** The indexes of values already seen earlier in the list. */
function duplicates(values: readonly string[]): number[] {
  const seen = new Set<string>();
  return values.flatMap((value, index) => {
    if (seen.has(value)) return [index];
    seen.add(value);
    return [];
  });
}
