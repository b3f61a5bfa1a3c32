import { add, R_ZERO, rational, sign, type Rational } from "@/lib/domain/rational";
import { exactCostValues, type CostFormula } from "@/lib/domain/tender/cost-formulas";
import type { Criterion } from "@/lib/domain/tender/criteria-tree";
import type { ScoredBid } from "./bid-scores";
import type { EvaluationInput } from "./evaluation-input";
import type { BidEvaluation, CriterionWeight, LotEvaluation } from "./evaluation-result";
import { checkRankReversal } from "./rank-reversal";
import { rankContenders, winnerOf, type Contender, type RankingMode } from "./ranking";
import { analyseSensitivity } from "./sensitivity";

/**
 * One lot (or the whole tender without lots): the cost formula over the admissible bids only
 * (the gates come first, so an excluded bid never moves Pmin), the totals, the ranking, the
 * sensitivity of the winner to the weights and, for F1 and F2, the rank-reversal check.
 */
export function evaluateLot(
  lot: { key: string | null; title: string | null },
  scored: readonly ScoredBid[],
  input: EvaluationInput,
  criteria: readonly CriterionWeight[],
): LotEvaluation {
  const costCriterion = input.award.criteria.find((criterion) => criterion.kind === "COST") ?? null;
  const formula = costCriterion?.costFormula ?? null;
  const mode: RankingMode = formula === "F8" ? "PRICE_PER_QUALITY_POINT" : "TOTAL";
  const admissible = scored.filter((entry) => entry.gateFailures.length === 0);
  const cost = costOf(formula, costCriterion, admissible);

  const contenders: Contender[] = admissible.map((entry) => ({
    id: entry.bid.id,
    value:
      mode === "TOTAL" ? add(entry.qualityPoints, cost.get(entry.bid.id) ?? R_ZERO) : (cost.get(entry.bid.id) ?? null),
    qualityPoints: entry.qualityPoints,
    tco: entry.tco.combined,
  }));
  const ranking = rankContenders(contenders, mode);
  const rankOf = new Map(ranking.entries.map((entry) => [entry.bidId, entry.rank]));

  const topLevel = criteria.filter((criterion) => criterion.parentKey === null);
  // F8's cost criterion weighs 0 and earns no points: it divides the quality points instead.
  const pointsOn = (entry: ScoredBid, criterion: CriterionWeight): Rational =>
    criterion.kind === "COST"
      ? mode === "TOTAL"
        ? (cost.get(entry.bid.id) ?? R_ZERO)
        : R_ZERO
      : (entry.points.get(criterion.key) ?? R_ZERO);
  const sensitivity = analyseSensitivity({
    criteria: topLevel.map((criterion) => ({ key: criterion.key, weight: criterion.weight })),
    bids: admissible.map((entry) => ({
      id: entry.bid.id,
      points: topLevel.map((criterion) => pointsOn(entry, criterion)),
      price: entry.tco.combined,
    })),
    mode,
    winnerId: winnerOf(ranking.outcome),
    robustnessThresholdPp: input.method.robustnessThresholdPp,
    tornadoStepPp: input.method.tornadoStepPp,
  });
  const rankReversal =
    (formula === "F1" || formula === "F2") && admissible.length > 0
      ? checkRankReversal(
          formula,
          admissible.map((entry) => ({
            id: entry.bid.id,
            qualityPoints: entry.qualityPoints,
            tco: entry.tco.combined,
          })),
          { maxPoints: rational(costCriterion!.weight) },
        )
      : null;

  return {
    lotKey: lot.key,
    lotTitle: lot.title,
    bids: scored.map((entry) => bidEvaluation(entry, criteria, mode, cost, rankOf.get(entry.bid.id) ?? null)),
    ranking: ranking.entries,
    outcome: ranking.outcome,
    sensitivity,
    rankReversal,
  };
}

/**
 * The formula's value per admissible bid, on its discounted TCO (bidder and internal costs): points
 * for F1, F2 and F5 with Smax = the cost criterion's weight; price per quality point for F8, for
 * the bids that have quality points (a bid with none has no finite price per point and ranks last).
 */
function costOf(
  formula: CostFormula | null,
  criterion: Criterion | null,
  admissible: readonly ScoredBid[],
): Map<string, Rational> {
  if (!formula || !criterion) return new Map();
  const scorable = formula === "F8" ? admissible.filter((entry) => sign(entry.qualityPoints) > 0) : admissible;
  if (scorable.length === 0) return new Map();
  const result = exactCostValues(
    formula,
    scorable.map((entry) => entry.tco.combined),
    {
      maxPoints: rational(criterion.weight),
      referencePrice: criterion.referencePriceCents === undefined ? undefined : rational(criterion.referencePriceCents),
      floorPrice: criterion.floorPriceCents === undefined ? undefined : rational(criterion.floorPriceCents),
    },
    scorable.map((entry) => entry.qualityPoints),
  );
  // checkEvaluationInput refused what the formula cannot score (a TCO of 0, F5 without B).
  if (!result.ok) throw new Error(`evaluation: ${result.code}`);
  return new Map(scorable.map((entry, i) => [entry.bid.id, result.values[i]!]));
}

function bidEvaluation(
  entry: ScoredBid,
  criteria: readonly CriterionWeight[],
  mode: RankingMode,
  cost: ReadonlyMap<string, Rational>,
  rank: number | null,
): BidEvaluation {
  const admissible = entry.gateFailures.length === 0;
  const costValue = admissible ? (cost.get(entry.bid.id) ?? null) : null;
  const costPoints = admissible && mode === "TOTAL" ? (costValue ?? R_ZERO) : null;
  return {
    bidId: entry.bid.id,
    receiptNumber: entry.bid.receiptNumber,
    label: entry.bid.label,
    lotKey: entry.bid.lotKey,
    tco: entry.tco,
    sovereignty: entry.sovereignty,
    scores: entry.scores,
    openness: entry.bid.openness,
    automaticOpenness: entry.automaticOpenness,
    points: criteria.map((criterion) => ({
      criterionKey: criterion.key,
      points: criterion.kind === "COST" ? costPoints : (entry.points.get(criterion.key) ?? null),
    })),
    qualityPoints: entry.qualityPoints,
    costPoints,
    totalPoints: admissible ? add(entry.qualityPoints, costPoints ?? R_ZERO) : null,
    pricePerQualityPoint: mode === "PRICE_PER_QUALITY_POINT" ? costValue : null,
    gateFailures: entry.gateFailures,
    sovereigntyFlagged: entry.sovereigntyFlagged,
    admissible,
    rank,
  };
}
