import { fromDecimal } from "@/lib/domain/rational";
import type { Problem } from "@/lib/domain/tender/problem";
import { pointsPerScore, scoreBid } from "./bid-scores";
import { criterionWeights } from "./criterion-weights";
import { evaluateLot } from "./evaluate-lot";
import type { EvaluationInput } from "./evaluation-input";
import type { EvaluationResult } from "./evaluation-result";
import { checkEvaluationInput } from "./input-check";

export type Evaluation = { ok: true; result: EvaluationResult } | { ok: false; problems: Problem[] };

/**
 * The evaluation of a tender, the one function the app and `tender-commons evaluate` call: the
 * input is checked whole first (checkEvaluationInput: criteria as published, every score on the
 * scale, every consensus recorded…), and nothing is computed while any error remains. Then each
 * lot (or the tender without lots) is evaluated on its own bids: gates, points, ranking,
 * sensitivity and, for relative formulas, the rank-reversal check. Pure and deterministic: the
 * same input gives the same result, to the last digit.
 */
export function evaluateTender(input: EvaluationInput): Evaluation {
  const problems = checkEvaluationInput(input);
  if (problems.some((problem) => problem.severity === "error")) return { ok: false, problems };

  const criteria = criterionWeights(input.award);
  const perScalePoint = pointsPerScore(criteria, input.award.qualityScale.max);
  const scored = [...input.bids]
    .sort((a, b) => a.receiptNumber - b.receiptNumber || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((bid) => scoreBid(bid, input, criteria, perScalePoint));
  const lots = input.lots.length === 0 ? [{ key: null, title: null }] : input.lots;
  const costCriterion = input.award.criteria.find((criterion) => criterion.kind === "COST");
  return {
    ok: true,
    result: {
      method: input.method,
      costFormula: costCriterion?.costFormula ?? null,
      scaleMax: input.award.qualityScale.max,
      scoreAggregation: input.award.scoreAggregation,
      discountRatePercent: input.award.discountRatePercent,
      tcoHorizonYears: input.award.tcoHorizonYears,
      minimumQualityPoints:
        input.award.minimumQualityPoints === undefined ? null : fromDecimal(input.award.minimumQualityPoints),
      criteria,
      lots: lots.map((lot) =>
        evaluateLot(
          { key: lot.key, title: lot.title },
          scored.filter((entry) => entry.bid.lotKey === lot.key),
          input,
          criteria,
        ),
      ),
    },
  };
}
