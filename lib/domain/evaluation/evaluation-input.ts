import type { CostLine } from "@/lib/domain/bids/bid-model";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import type { SealLevel, SealRequirement, SovereigntyObjective } from "@/lib/domain/tender/sovereignty";

/**
 * What the evaluation of a tender reads (issue 6): everything fixed before the bids were opened
 * (the award criteria as published, the sovereignty profile, the method) and everything recorded
 * since (the bids' costs and sovereignty levels, the evaluators' scores and the consensus). The
 * app builds it from the database and the evaluation file holds exactly this (plus a header), so
 * `evaluateTender` gives the app and `tender-commons evaluate` the same result.
 */
export type EvaluationInput = {
  /** Criteria, weights, scale, aggregation, discount rate, horizon and quality thresholds, as published. */
  award: AwardCriteria;
  /** The tender's sovereignty profile; null when it set none (no gate, no sovereignty points). */
  sovereignty: EvaluationSovereigntyProfile | null;
  /** The tender's lots; empty when it is not divided into lots (every bid then has lotKey null). */
  lots: readonly EvaluationLot[];
  /** The authority's internal cost lines, for every bid that has none of its own. */
  internalCosts: readonly CostLine[];
  /** The panel: whoever's scores appear in the bids. */
  evaluators: readonly Evaluator[];
  method: EvaluationMethod;
  bids: readonly EvaluationBid[];
};

export type EvaluationLot = { key: string; title: string };

export type Evaluator = { id: string; name: string; isChair: boolean };

export type EvaluationSovereigntyProfile = {
  /** Weights of SOV-1…SOV-8 in percent, summing to 100. */
  weights: Record<SovereigntyObjective, number>;
  /** The minimum SEAL level per objective (with the justification of a level other than proposed). */
  minimumSeal: Record<SovereigntyObjective, SealRequirement>;
  /** A bid below a minimum is excluded (decisions.md's default) or only flagged, as the tender chose. */
  gateMode: "EXCLUDE" | "FLAG";
};

/** The version of the method below; a file written for another version is refused, not reinterpreted. */
export const EVALUATION_METHOD_VERSION = 1;

/** decisions.md "Ties": totals compared unrounded, then quality, then the TCO, else reported. */
export const TIE_RULES = ["HIGHER_TOTAL", "HIGHER_QUALITY_POINTS", "LOWER_TCO", "REPORT_UNRESOLVED"] as const;

/**
 * "P" of the cost formulas: the discounted total cost of ownership, the bidder's prices and the
 * authority's internal costs together (Art. 68(1)(a): costs borne by the contracting authority);
 * every view still shows the two apart.
 */
export const COST_BASIS = "DISCOUNTED_TCO_WITH_INTERNAL_COSTS" as const;

/** How the scores become a ranking, beyond what the award criteria fix. */
export type EvaluationMethod = {
  version: typeof EVALUATION_METHOD_VERSION;
  /** A spread (max − min of the evaluators' scores) of at least this share of the scale is a disagreement. */
  disagreementThresholdPercent: number;
  /** A winner that changes with a weight change of at most this many percentage points is SENSITIVE. */
  robustnessThresholdPp: number;
  /** The tornado chart shows the winner's margin at each top-level weight minus and plus this. */
  tornadoStepPp: number;
  tieRules: typeof TIE_RULES;
  costBasis: typeof COST_BASIS;
};

/** Issue 6: "a spread of 30 % of the scale or more". */
export const DEFAULT_DISAGREEMENT_THRESHOLD_PERCENT = 30;
/** A shift of weights a drafter could as well have chosen (40 instead of 30). */
export const DEFAULT_ROBUSTNESS_THRESHOLD_PP = 10;
export const DEFAULT_TORNADO_STEP_PP = 10;

export const DEFAULT_EVALUATION_METHOD: EvaluationMethod = {
  version: EVALUATION_METHOD_VERSION,
  disagreementThresholdPercent: DEFAULT_DISAGREEMENT_THRESHOLD_PERCENT,
  robustnessThresholdPp: DEFAULT_ROBUSTNESS_THRESHOLD_PP,
  tornadoStepPp: DEFAULT_TORNADO_STEP_PP,
  tieRules: TIE_RULES,
  costBasis: COST_BASIS,
};

export type EvaluationBid = {
  /** Stable identifier (the app's bid id). */
  id: string;
  receiptNumber: number;
  /** The bidder's name, or a neutral label ("Bid A") in blind mode. */
  label: string;
  /** The lot bid for; null when the tender has no lots. */
  lotKey: string | null;
  /**
   * Excluded by the authority for a reason outside this evaluation (exclusion grounds, selection
   * criteria, an abnormally low bid whose explanation was rejected), with the reason; else null.
   */
  exclusion: { reason: string } | null;
  costLines: readonly CostLine[];
  /** The authority's cost lines for this bid; null when the tender's apply. */
  internalCosts: readonly CostLine[] | null;
  /** Per objective: what the bid claims and what an evaluator confirmed or lowered it to. */
  sovereignty: Partial<Record<SovereigntyObjective, SovereigntyLevels>>;
  /**
   * The automatic openness findings: evidence for the panel on the openness criteria it scores,
   * and the inputs of those the tender computes automatically (automatic-openness.ts).
   */
  openness: OpennessFindings | null;
  /** One entry per criterion scored on the scale (QUALITY and OPENNESS leaves). */
  scores: readonly CriterionScores[];
};

export type SovereigntyLevels = { claimed: SealLevel | null; reviewed: SealLevel | null };

/**
 * The automatic assessment's openness findings (issue 5): how many of the bid's components are
 * under each licence class, the coverage of the required open standards, and whether the bid calls
 * itself open source while a delivered component is not open. The panel reads them as evidence
 * for the openness criteria it scores; an openness criterion the tender computes automatically
 * turns them into points by its published method (automatic-openness.ts).
 */
export type OpennessFindings = {
  components: number;
  openComponents: number;
  freeNotOsiComponents: number;
  notOpenComponents: number;
  unknownComponents: number;
  /** 0–100 rounded to 2 decimals, as shown; null when the tender requires no standard. */
  standardsCoveragePercent: number | null;
  /**
   * The coverage's exact inputs: how many items the tender requires (each "and" standard, each
   * "or" list once) and how many of them the bid meets or partly meets. Null in files written
   * before they were recorded; an automatic openness criterion needs them.
   */
  standards: StandardsItems | null;
  openWashing: boolean;
};

export type StandardsItems = { required: number; met: number; partlyMet: number };

export type CriterionScores = {
  /** A QUALITY or OPENNESS leaf of the criteria tree. */
  criterionKey: string;
  /** Each evaluator's own score, submitted independently. */
  evaluations: readonly EvaluatorScore[];
  /** The chair's consensus score with its rationale (CONSENSUS tenders); null before it is recorded, and with MEAN. */
  consensus: { score: number; rationale: string } | null;
};

/** A whole score from 0 to the scale's maximum, with its written justification. */
export type EvaluatorScore = { evaluatorId: string; score: number; justification: string };
