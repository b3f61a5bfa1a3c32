import { mul, rational, toExactText, toFixed, type Rational } from "@/lib/domain/rational";
import { COST_FORMULA_RULES } from "@/lib/domain/tender/cost-formulas";
import type { AutomaticOpennessScore } from "./automatic-openness";
import type { BidEvaluation, EvaluationResult, GateFailure, LeafScore, LotEvaluation } from "./evaluation-result";
import { robustnessStatement, type Statement } from "./robustness-statement";
import type { WeightChange, WeightSensitivity } from "./sensitivity";

/**
 * The evaluation as plain JSON, for pages (client components cannot receive BigInt), exports and
 * `tender-commons evaluate --json` (docs/evaluation-file.md). Every figure comes twice: `shown`,
 * rounded half up (points to 2 decimals, amounts to whole cents), and `exact`, the unrounded
 * value as a reduced fraction "n/d" that anyone can recompute; ranks and orders were decided on
 * the exact values before this conversion.
 */
export type Figure = { shown: string; exact: string };

export const EVALUATION_VIEW_VERSION = 1;

/** Points, percentages and weights: 2 decimals. */
export function points(value: Rational): Figure {
  return { shown: toFixed(value, 2), exact: toExactText(value) };
}

/** Amounts in cents: whole cents. */
export function cents(value: Rational): Figure {
  return { shown: toFixed(value, 0), exact: toExactText(value) };
}

const orNull = <T>(value: Rational | null, view: (value: Rational) => T): T | null =>
  value === null ? null : view(value);

export function evaluationView(result: EvaluationResult) {
  const rule = result.costFormula ? COST_FORMULA_RULES[result.costFormula] : null;
  return {
    viewVersion: EVALUATION_VIEW_VERSION,
    method: {
      ...result.method,
      costFormula: result.costFormula,
      costFormulaExpression: rule?.expression ?? null,
      relativeCostFormula: rule?.relative ?? false,
      scaleMax: result.scaleMax,
      scoreAggregation: result.scoreAggregation,
      discountRatePercent: result.discountRatePercent,
      tcoHorizonYears: result.tcoHorizonYears,
      minimumQualityPoints: orNull(result.minimumQualityPoints, points),
    },
    criteria: result.criteria.map((criterion) => ({ ...criterion, share: points(criterion.share) })),
    lots: result.lots.map((lot) => lotView(lot, result)),
  };
}
export type EvaluationView = ReturnType<typeof evaluationView>;
export type LotView = EvaluationView["lots"][number];
export type BidView = LotView["bids"][number];

function lotView(lot: LotEvaluation, result: EvaluationResult) {
  const byId = new Map(lot.bids.map((bid) => [bid.bidId, bid]));
  return {
    lotKey: lot.lotKey,
    lotTitle: lot.lotTitle,
    outcome: lot.outcome,
    ranking: lot.ranking.map((entry) => {
      const bid = byId.get(entry.bidId)!;
      return {
        ...entry,
        label: bid.label,
        totalPoints: orNull(bid.totalPoints, points),
        qualityPoints: points(bid.qualityPoints),
        costPoints: orNull(bid.costPoints, points),
        pricePerQualityPoint: orNull(bid.pricePerQualityPoint, cents),
        tco: cents(bid.tco.combined),
      };
    }),
    bids: lot.bids.map(bidView),
    sensitivity: sensitivityView(lot.sensitivity, robustnessStatement(lot, result)),
    rankReversal: lot.rankReversal,
  };
}

function bidView(bid: BidEvaluation) {
  return {
    bidId: bid.bidId,
    receiptNumber: bid.receiptNumber,
    label: bid.label,
    lotKey: bid.lotKey,
    admissible: bid.admissible,
    rank: bid.rank,
    gateFailures: bid.gateFailures.map(gateView),
    sovereigntyFlagged: bid.sovereigntyFlagged,
    tco: {
      bidder: cents(bid.tco.bidder),
      internal: cents(bid.tco.internal),
      combined: cents(bid.tco.combined),
      combinedNominal: cents(bid.tco.combinedNominal),
      internalCostsSource: bid.tco.internalCostsSource,
    },
    sovereignty: bid.sovereignty ? { ...bid.sovereignty, scorePercent: points(bid.sovereignty.scorePercent) } : null,
    scores: bid.scores.map(scoreView),
    openness: bid.openness,
    automaticOpenness: bid.automaticOpenness.map(automaticOpennessView),
    points: bid.points.map((entry) => ({ criterionKey: entry.criterionKey, points: orNull(entry.points, points) })),
    qualityPoints: points(bid.qualityPoints),
    costPoints: orNull(bid.costPoints, points),
    totalPoints: orNull(bid.totalPoints, points),
    pricePerQualityPoint: orNull(bid.pricePerQualityPoint, cents),
  };
}

/**
 * An automatic openness criterion's figures for one bid: its inputs as counts, the licence share,
 * the standards share and the openness score in percent, and the points.
 */
export function automaticOpennessView(score: AutomaticOpennessScore) {
  const percent = (value: Rational) => points(mul(value, rational(100)));
  return {
    criterionKey: score.criterionKey,
    mix: { ...score.mix },
    share: points(score.share),
    components: score.components,
    freeComponents: score.freeComponents,
    licenceBasis: score.licenceBasis,
    licenceSharePercent: percent(score.licenceShare),
    standards: score.standards ? { ...score.standards } : null,
    standardsSharePercent: orNull(score.standardsShare, percent),
    scorePercent: percent(score.score),
    points: points(score.points),
  };
}
export type AutomaticOpennessView = ReturnType<typeof automaticOpennessView>;

function scoreView(score: LeafScore) {
  return { ...score, mean: points(score.mean), final: points(score.final) };
}

function gateView(failure: GateFailure) {
  switch (failure.gate) {
    case "CRITERION_MINIMUM":
      return { ...failure, score: points(failure.score) };
    case "QUALITY_POINTS_MINIMUM":
      return { ...failure, qualityPoints: points(failure.qualityPoints), minimum: points(failure.minimum) };
    default:
      return failure;
  }
}

function changeView(change: WeightChange | null) {
  return change ? { ...change, changePp: points(change.changePp), weight: points(change.weight) } : null;
}

function sensitivityView(sensitivity: WeightSensitivity, statement: Statement) {
  const margin = sensitivity.marginUnit === "POINTS" ? points : cents;
  const robustness = sensitivity.robustness;
  return {
    marginUnit: sensitivity.marginUnit,
    baseMargin: orNull(sensitivity.baseMargin, margin),
    criteria: sensitivity.criteria.map((criterion) => ({
      ...criterion,
      decrease: changeView(criterion.decrease),
      increase: changeView(criterion.increase),
    })),
    tornado: sensitivity.tornado.map((bar) => ({
      ...bar,
      low: { weight: points(bar.low.weight), margin: orNull(bar.low.margin, margin) },
      high: { weight: points(bar.high.weight), margin: orNull(bar.high.margin, margin) },
    })),
    robustness: "change" in robustness ? { ...robustness, change: changeView(robustness.change)! } : robustness,
    statement,
  };
}
