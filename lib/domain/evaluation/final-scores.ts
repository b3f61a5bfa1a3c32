import { rational, type Rational } from "@/lib/domain/rational";
import type { ScoreAggregation } from "@/lib/domain/tender/criteria-tree";

/**
 * From the evaluators' scores to the score that counts, per bid and criterion (decisions.md
 * "Quality scoring"): the chair's consensus score, or the arithmetic mean of the evaluators'
 * scores, as the tender fixed before the bids were opened. The chair's view also needs the
 * spread (highest minus lowest score) and whether it reaches the disagreement threshold, a share
 * of the scale (issue 6: 30 % by default, so a spread of 2 on the 0–5 scale, 3 on 0–10).
 */

export type ScoreSummary = {
  /** The arithmetic mean of the evaluators' scores; null without any. */
  mean: Rational | null;
  /** The score that counts; null while it is not known (no consensus recorded yet, or no score). */
  final: Rational | null;
  /** Highest minus lowest evaluator's score; 0 for a single score, null without any. */
  spread: number | null;
  disagreement: boolean;
};

export function meanScore(scores: readonly number[]): Rational | null {
  if (scores.length === 0) return null;
  return rational(BigInt(scores.reduce((total, score) => total + score, 0)), BigInt(scores.length));
}

export function scoreSpread(scores: readonly number[]): number | null {
  return scores.length === 0 ? null : Math.max(...scores) - Math.min(...scores);
}

/**
 * spread ≥ threshold % of the scale, compared exactly in whole numbers: the threshold has at most
 * 2 decimals, so spread × 10 000 ≥ (threshold × 100) × scaleMax.
 */
export function isDisagreement(spread: number | null, scaleMax: number, thresholdPercent: number): boolean {
  if (spread === null) return false;
  return spread * 10_000 >= Math.round(thresholdPercent * 100) * scaleMax;
}

export function finalScore(
  aggregation: ScoreAggregation,
  mean: Rational | null,
  consensus: number | null,
): Rational | null {
  if (aggregation === "MEAN") return mean;
  return consensus === null ? null : rational(consensus);
}

export function summariseScores(
  scores: readonly number[],
  consensus: number | null,
  aggregation: ScoreAggregation,
  scaleMax: number,
  thresholdPercent: number,
): ScoreSummary {
  const mean = meanScore(scores);
  const spread = scoreSpread(scores);
  return {
    mean,
    final: finalScore(aggregation, mean, consensus),
    spread,
    disagreement: isDisagreement(spread, scaleMax, thresholdPercent),
  };
}
