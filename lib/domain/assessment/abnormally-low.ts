import { Exact, sum } from "./exact";

/**
 * Abnormally low tenders (Directive 2014/24/EU Art. 69), with decisions.md's thresholds: a bid is
 * flagged when its discounted total cost is MORE than 20 % below the mean of the other admissible
 * bids (only when there are at least two others), or below 50 % of the estimated value. Exactly
 * 20 % below, or exactly half the estimate, is not flagged. A flag asks the bidder to explain its
 * price or costs (Art. 69(1)); it never excludes a bid by itself.
 *
 * The figure compared is the bidder's discounted cost only: Art. 69 is about the prices and costs
 * the tenderer proposes, and the authority's internal costs are its own estimates, not the bid's.
 */
export const ABNORMALLY_LOW_RULE = {
  source: "Directive 2014/24/EU Art. 69; Tender Commons decisions (thresholds)",
  belowMeanPercent: 20,
  minimumOtherBids: 2,
  shareOfEstimatePercent: 50,
} as const;

export type AbnormallyLowReason = "BELOW_MEAN_OF_OTHERS" | "BELOW_HALF_OF_ESTIMATE";

export type AbnormallyLowCandidate = {
  id: string;
  /** The bidder's discounted total cost, in exact cents. */
  discountedCents: Exact;
  /** False for a bid already excluded (by the sovereignty gate, for one): it is left out of the others' mean. */
  admissible: boolean;
};

export type AbnormallyLowCheck = {
  flagged: boolean;
  reasons: AbnormallyLowReason[];
  /** Admissible bids other than this one. */
  otherCount: number;
  /** Their mean discounted cost; null with fewer than two of them. */
  meanOfOthersCents: Exact | null;
  /** How far below that mean this bid is, in percent (negative when above); null without a mean. */
  belowMeanPercent: Exact | null;
  /** This bid as a percentage of the estimated value; null without an estimate. */
  shareOfEstimatePercent: Exact | null;
};

/** The check of each bid, by id, against the others and the estimated value (in cents, if known). */
export function checkAbnormallyLow(
  candidates: readonly AbnormallyLowCandidate[],
  estimatedValueCents: number | null,
): Map<string, AbnormallyLowCheck> {
  const checks = new Map<string, AbnormallyLowCheck>();
  // The admissible bids' total once; each bid's "others" are that total less itself (if it counts).
  const admissible = candidates.filter((candidate) => candidate.admissible);
  const admissibleTotal = sum(admissible.map((candidate) => candidate.discountedCents));
  for (const candidate of candidates) {
    const otherCount = admissible.length - (candidate.admissible ? 1 : 0);
    const othersTotal = candidate.admissible ? admissibleTotal.minus(candidate.discountedCents) : admissibleTotal;
    const reasons: AbnormallyLowReason[] = [];
    let meanOfOthersCents: Exact | null = null;
    let belowMeanPercent: Exact | null = null;
    if (otherCount >= ABNORMALLY_LOW_RULE.minimumOtherBids) {
      meanOfOthersCents = othersTotal.dividedBy(otherCount);
      if (!meanOfOthersCents.isZero()) {
        belowMeanPercent = meanOfOthersCents.minus(candidate.discountedCents).times(100).dividedBy(meanOfOthersCents);
        if (belowMeanPercent.greaterThan(ABNORMALLY_LOW_RULE.belowMeanPercent)) reasons.push("BELOW_MEAN_OF_OTHERS");
      }
    }
    let shareOfEstimatePercent: Exact | null = null;
    if (estimatedValueCents !== null && estimatedValueCents > 0) {
      shareOfEstimatePercent = candidate.discountedCents.times(100).dividedBy(estimatedValueCents);
      if (shareOfEstimatePercent.lessThan(ABNORMALLY_LOW_RULE.shareOfEstimatePercent)) {
        reasons.push("BELOW_HALF_OF_ESTIMATE");
      }
    }
    checks.set(candidate.id, {
      flagged: reasons.length > 0,
      reasons,
      otherCount,
      meanOfOthersCents,
      belowMeanPercent,
      shareOfEstimatePercent,
    });
  }
  return checks;
}
