import type { GateResult } from "@/lib/domain/assessment/sovereignty-assessment";
import type { Rational } from "@/lib/domain/rational";
import type { CostFormula } from "@/lib/domain/tender/cost-formulas";
import type { AutomaticOpenness, CriterionKind, ScoreAggregation } from "@/lib/domain/tender/criteria-tree";
import type { SealLevel, SovereigntyObjective } from "@/lib/domain/tender/sovereignty";
import type { AutomaticOpennessScore } from "./automatic-openness";
import type { EvaluationMethod, EvaluatorScore, OpennessFindings } from "./evaluation-input";
import type { RankingEntry, RankingOutcome } from "./ranking";
import type { RankReversalCheck } from "./rank-reversal";
import type { WeightSensitivity } from "./sensitivity";

/**
 * What `evaluateTender` returns: exact values (Rational, in BigInt) that pages and exports round
 * only when they show them (evaluation-view.ts turns the whole result into plain JSON). Points are
 * out of 100 for the whole tender; amounts are euro cents.
 */
export type EvaluationResult = {
  method: EvaluationMethod;
  /** The cost criterion's formula; null when the tender has no cost criterion. */
  costFormula: CostFormula | null;
  scaleMax: 5 | 10;
  scoreAggregation: ScoreAggregation;
  discountRatePercent: number;
  tcoHorizonYears: number;
  /** The least quality points a bid needs (null: no threshold in total). */
  minimumQualityPoints: Rational | null;
  /** Every criterion of the tree, depth first, with its share of the total. */
  criteria: CriterionWeight[];
  /** One per lot in the tender's order, or one with lotKey null for a tender without lots. */
  lots: LotEvaluation[];
};

export type CriterionScoring = "EVALUATORS" | "COST_FORMULA" | "SOVEREIGNTY" | "AUTOMATIC_OPENNESS" | "SUB_CRITERIA";

export type CriterionWeight = {
  key: string;
  name: string;
  kind: CriterionKind;
  /** The top-level criterion above a sub-criterion; null at the top level. */
  parentKey: string | null;
  /** Its published weight: percent of its parent, or of the total at the top level. */
  weight: number;
  /** Its share of the total in points out of 100: parent weight × own weight / 100 for a sub-criterion. */
  share: Rational;
  scoring: CriterionScoring;
  minimumScore: number | null;
  /** The published mix of an automatic openness criterion; null for every other criterion. */
  automaticOpenness: AutomaticOpenness | null;
};

export type LotEvaluation = {
  lotKey: string | null;
  lotTitle: string | null;
  /** Every bid of the lot, in the order received (receipt number). */
  bids: BidEvaluation[];
  /** The admissible bids, best first. */
  ranking: RankingEntry[];
  outcome: RankingOutcome;
  sensitivity: WeightSensitivity;
  /** Only for the relative formulas F1 and F2; null otherwise. */
  rankReversal: RankReversalCheck | null;
};

export type BidEvaluation = {
  bidId: string;
  receiptNumber: number;
  label: string;
  lotKey: string | null;
  tco: BidTco;
  sovereignty: BidSovereignty | null;
  /** One per criterion scored on the scale, in the tree's order. */
  scores: LeafScore[];
  openness: OpennessFindings | null;
  /** One per openness criterion the tender computes automatically, with its inputs, in the tree's order. */
  automaticOpenness: AutomaticOpennessScore[];
  /** Points of every criterion (leaves and parents) for this bid; cost only when admissible. */
  points: CriterionPoints[];
  /** Points of every criterion but cost: the tie-breaker, the total threshold's figure and F8's Q. */
  qualityPoints: Rational;
  /** F1, F2, F5 for an admissible bid; null otherwise. */
  costPoints: Rational | null;
  /** Quality points plus cost points, for an admissible bid; null otherwise. */
  totalPoints: Rational | null;
  /** F8: discounted TCO in cents per quality point, for an admissible bid with quality points; null otherwise. */
  pricePerQualityPoint: Rational | null;
  /** Why the bid is excluded; empty when it is admissible. All failed gates are listed, not only the first. */
  gateFailures: GateFailure[];
  /** The bid stays in, but fell below a sovereignty minimum that the tender only flags. */
  sovereigntyFlagged: boolean;
  admissible: boolean;
  /** 1 = best; bids in an unresolved tie share a rank; null when not admissible. */
  rank: number | null;
};

/** Discounted amounts in cents (exact), the bidder's and the authority's apart, then together. */
export type BidTco = {
  bidder: Rational;
  internal: Rational;
  /** What the cost formula scores (COST_BASIS) and the last tie-breaker compares. */
  combined: Rational;
  combinedNominal: Rational;
  internalCostsSource: "BID" | "TENDER";
};

export type BidSovereignty = {
  gate: GateResult;
  failedObjectives: SovereigntyObjective[];
  overallSeal: SealLevel;
  /** Σ weight × level / 4: 0–100 before the criterion's weight. */
  scorePercent: Rational;
  objectives: {
    objective: SovereigntyObjective;
    claimed: SealLevel | null;
    reviewed: SealLevel | null;
    level: SealLevel;
    minimum: SealLevel;
  }[];
};

export type LeafScore = {
  criterionKey: string;
  evaluations: readonly EvaluatorScore[];
  consensus: { score: number; rationale: string } | null;
  /** The arithmetic mean of the evaluators' scores, shown in either mode. */
  mean: Rational;
  /** The score that counts: the consensus (CONSENSUS) or the mean (MEAN). */
  final: Rational;
  /** Highest minus lowest evaluator's score. */
  spread: number;
  /** The spread reaches the method's disagreement threshold. */
  disagreement: boolean;
  minimumScore: number | null;
  /** True when there is no minimum or the final score reaches it. */
  meetsMinimum: boolean;
};

export type CriterionPoints = { criterionKey: string; points: Rational | null };

export type GateFailure =
  | { gate: "EXCLUDED_BY_AUTHORITY"; reason: string }
  | { gate: "SOVEREIGNTY_MINIMUM"; objectives: SovereigntyObjective[] }
  | { gate: "CRITERION_MINIMUM"; criterionKey: string; score: Rational; minimum: number }
  | { gate: "QUALITY_POINTS_MINIMUM"; qualityPoints: Rational; minimum: Rational };
