/**
 * The evaluation of a tender (issue 6): from the evaluators' scores, the bids' costs and
 * sovereignty to points, gates, a ranking per lot, its sensitivity to the weights and the
 * rank-reversal check. Pure functions; the method in plain language is docs/evaluation.md, the
 * evaluation file docs/evaluation-file.md. The app and `tender-commons evaluate` both call
 * evaluateTender.
 */
export { evaluateTender, type Evaluation } from "./evaluate-tender";
export * from "./evaluation-input";
export type * from "./evaluation-result";
export { checkEvaluationInput, type EvaluationProblemCode } from "./input-check";
export { finalScore, isDisagreement, meanScore, scoreSpread, summariseScores, type ScoreSummary } from "./final-scores";
export { criterionWeights } from "./criterion-weights";
export { discountedTotal, nominalTotal } from "./discounted-tco";
export {
  compareContenders,
  rankContenders,
  winnerOf,
  type Contender,
  type DecidingRule,
  type Ranking,
  type RankingEntry,
  type RankingMode,
  type RankingOutcome,
  type UnresolvedTie,
} from "./ranking";
export {
  analyseSensitivity,
  type Robustness,
  type TornadoBar,
  type WeightChange,
  type WeightSensitivity,
} from "./sensitivity";
export { checkRankReversal, type RankFlip, type RankReversalCheck, type Removal } from "./rank-reversal";
export { robustnessStatement, type Statement } from "./robustness-statement";
export {
  cents,
  evaluationView,
  points,
  type BidView,
  type EvaluationView,
  type Figure,
  type LotView,
} from "./evaluation-view";
