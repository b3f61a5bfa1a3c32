import { assessSovereignty, sovereigntyCriterionWeight } from "@/lib/domain/assessment/sovereignty-assessment";
import type { SovereigntyClaims, SovereigntyReviews } from "@/lib/domain/bids/bid-model";
import { add, compare, div, fromDecimal, mul, R_ZERO, rational, sumOf, type Rational } from "@/lib/domain/rational";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import { SOVEREIGNTY_OBJECTIVES, type SovereigntyProfile } from "@/lib/domain/tender/sovereignty";
import { automaticOpennessScore, type AutomaticOpennessScore } from "./automatic-openness";
import { discountedTotal, nominalTotal } from "./discounted-tco";
import type { CriterionScores, EvaluationBid, EvaluationInput, EvaluationSovereigntyProfile } from "./evaluation-input";
import type { BidSovereignty, BidTco, CriterionWeight, GateFailure, LeafScore } from "./evaluation-result";
import { summariseScores } from "./final-scores";

/**
 * One bid's side of the evaluation, before the cost formula (which needs the other admissible
 * bids of the lot): its total cost of ownership, its sovereignty (from lib/domain/assessment), the
 * final score and points of every criterion scored on the scale, by sovereignty or automatically
 * (openness from licences and standards), its quality points, and the gates (decisions.md: before
 * price is scored, C-546/16 Montte).
 */
export type ScoredBid = {
  bid: EvaluationBid;
  tco: BidTco;
  sovereignty: BidSovereignty | null;
  scores: LeafScore[];
  automaticOpenness: AutomaticOpennessScore[];
  /** Points of every criterion but cost, by key (parents included). */
  points: Map<string, Rational>;
  qualityPoints: Rational;
  gateFailures: GateFailure[];
  sovereigntyFlagged: boolean;
};

/** share / scale maximum per criterion scored on the scale: the points one score is worth. */
export function pointsPerScore(criteria: readonly CriterionWeight[], scaleMax: number): Map<string, Rational> {
  return new Map(
    criteria
      .filter((criterion) => criterion.scoring === "EVALUATORS")
      .map((criterion) => [criterion.key, div(criterion.share, rational(scaleMax))]),
  );
}

export function scoreBid(
  bid: EvaluationBid,
  input: EvaluationInput,
  criteria: readonly CriterionWeight[],
  perScalePoint: ReadonlyMap<string, Rational> = pointsPerScore(criteria, input.award.qualityScale.max),
): ScoredBid {
  const { award } = input;
  const scaleMax = award.qualityScale.max;
  const internalLines = bid.internalCosts ?? input.internalCosts;
  const bidder = discountedTotal(bid.costLines, award.discountRatePercent);
  const internal = discountedTotal(internalLines, award.discountRatePercent);
  const tco: BidTco = {
    bidder,
    internal,
    combined: add(bidder, internal),
    combinedNominal: add(nominalTotal(bid.costLines), nominalTotal(internalLines)),
    internalCostsSource: bid.internalCosts === null ? "TENDER" : "BID",
  };
  const sovereignty = input.sovereignty ? sovereigntyOf(bid, input.sovereignty, award) : null;

  const points = new Map<string, Rational>();
  const scores: LeafScore[] = [];
  const automaticOpenness: AutomaticOpennessScore[] = [];
  const entries = new Map(bid.scores.map((entry) => [entry.criterionKey, entry]));
  for (const criterion of criteria) {
    if (criterion.scoring === "EVALUATORS") {
      const leaf = leafScore(entries.get(criterion.key), criterion, input, scaleMax);
      scores.push(leaf);
      points.set(criterion.key, mul(perScalePoint.get(criterion.key)!, leaf.final));
    } else if (criterion.scoring === "SOVEREIGNTY") {
      const percent = sovereignty?.scorePercent ?? R_ZERO;
      points.set(criterion.key, div(mul(percent, criterion.share), rational(100)));
    } else if (criterion.scoring === "AUTOMATIC_OPENNESS") {
      const automatic = automaticOpennessScore(criterion.key, criterion.automaticOpenness!, criterion.share, bid.openness); // prettier-ignore
      automaticOpenness.push(automatic);
      points.set(criterion.key, automatic.points);
    }
  }
  for (const criterion of criteria) {
    if (criterion.scoring !== "SUB_CRITERIA") continue;
    const children = criteria.filter((child) => child.parentKey === criterion.key);
    points.set(criterion.key, sumOf(children.map((child) => points.get(child.key) ?? R_ZERO)));
  }
  const qualityPoints = sumOf(
    criteria.filter((c) => c.parentKey === null && c.kind !== "COST").map((c) => points.get(c.key) ?? R_ZERO),
  );
  return {
    bid,
    tco,
    sovereignty,
    scores,
    automaticOpenness,
    points,
    qualityPoints,
    gateFailures: gatesOf(bid, sovereignty, scores, qualityPoints, award),
    sovereigntyFlagged: sovereignty?.gate === "FLAGGED",
  };
}

function leafScore(
  entry: CriterionScores | undefined,
  criterion: CriterionWeight,
  input: EvaluationInput,
  scaleMax: number,
): LeafScore {
  const evaluations = entry?.evaluations ?? [];
  const consensus = entry?.consensus ?? null;
  const summary = summariseScores(
    evaluations.map((evaluation) => evaluation.score),
    consensus?.score ?? null,
    input.award.scoreAggregation,
    scaleMax,
    input.method.disagreementThresholdPercent,
  );
  // A bid excluded by the authority need not be scored; anything else was checked complete before.
  const final = summary.final ?? R_ZERO;
  const minimum = criterion.minimumScore;
  return {
    criterionKey: criterion.key,
    evaluations,
    consensus,
    mean: summary.mean ?? R_ZERO,
    final,
    spread: summary.spread ?? 0,
    disagreement: summary.disagreement,
    minimumScore: minimum,
    meetsMinimum: minimum === null || compare(final, rational(minimum)) >= 0,
  };
}

/**
 * The gate and the points of lib/domain/assessment (assessSovereignty), on the levels the file
 * carries: the evaluator's where one reviewed the claim, the claim otherwise.
 */
function sovereigntyOf(
  bid: EvaluationBid,
  profile: EvaluationSovereigntyProfile,
  award: AwardCriteria,
): BidSovereignty {
  const claims: SovereigntyClaims = {};
  const reviews: SovereigntyReviews = {};
  for (const objective of SOVEREIGNTY_OBJECTIVES) {
    const levels = bid.sovereignty[objective];
    if (levels?.claimed != null) claims[objective] = { level: levels.claimed, evidence: "" };
    if (levels?.reviewed != null) {
      reviews[objective] = { level: levels.reviewed, justification: "", reviewerId: "", reviewerName: "", at: "" };
    }
  }
  // assessSovereignty reads the weights and minimums only; the risk assessment behind them is not needed here.
  const tenderProfile = { weights: profile.weights, minimumSeal: profile.minimumSeal } as SovereigntyProfile;
  const assessed = assessSovereignty(
    claims,
    reviews,
    tenderProfile,
    sovereigntyCriterionWeight(award.criteria),
    profile.gateMode,
  );
  return {
    gate: assessed.gate,
    failedObjectives: assessed.failedObjectives,
    overallSeal: assessed.overallSeal,
    // Σ weight × level / 4 with whole weights: a multiple of 0.25, so its decimal text is exact.
    scorePercent: fromDecimal(assessed.scorePercent.toFixed()),
    objectives: assessed.objectives.map(({ objective, claimed, reviewed, level, minimum }) => ({
      objective,
      claimed,
      reviewed,
      level,
      minimum,
    })),
  };
}

function gatesOf(
  bid: EvaluationBid,
  sovereignty: BidSovereignty | null,
  scores: readonly LeafScore[],
  qualityPoints: Rational,
  award: AwardCriteria,
): GateFailure[] {
  const failures: GateFailure[] = [];
  if (bid.exclusion) failures.push({ gate: "EXCLUDED_BY_AUTHORITY", reason: bid.exclusion.reason });
  if (sovereignty?.gate === "EXCLUDED") {
    failures.push({ gate: "SOVEREIGNTY_MINIMUM", objectives: sovereignty.failedObjectives });
  }
  for (const score of scores) {
    if (!score.meetsMinimum && !bid.exclusion) {
      failures.push({
        gate: "CRITERION_MINIMUM",
        criterionKey: score.criterionKey,
        score: score.final,
        minimum: score.minimumScore!,
      });
    }
  }
  const minimum = award.minimumQualityPoints;
  if (minimum !== undefined && !bid.exclusion && compare(qualityPoints, fromDecimal(minimum)) < 0) {
    failures.push({ gate: "QUALITY_POINTS_MINIMUM", qualityPoints, minimum: fromDecimal(minimum) });
  }
  return failures;
}
