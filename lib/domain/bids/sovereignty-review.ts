import { SOVEREIGNTY_OBJECTIVES, type SealLevel, type SovereigntyObjective } from "@/lib/domain/tender/sovereignty";
import type { SovereigntyClaim, SovereigntyClaims, SovereigntyReview, SovereigntyReviews } from "./bid-model";

/**
 * An evaluator confirms or lowers the SEAL level a bid claims on an objective, never raises it,
 * and says why (decisions.md: the bid's level is the evaluator-validated one, the claim until an
 * evaluator has looked). The claim is never overwritten: both stay side by side.
 */
export type ObjectiveLevel = {
  objective: SovereigntyObjective;
  /** What the bid claims; null when it claims nothing (which counts as SEAL-0). */
  claim: SovereigntyClaim | null;
  claimedLevel: SealLevel;
  review: SovereigntyReview | null;
  /** The level that counts: the reviewed one, else the claim. */
  level: SealLevel;
};

export const MAX_REVIEW_JUSTIFICATION_LENGTH = 4_000;

export function claimedLevel(claims: SovereigntyClaims, objective: SovereigntyObjective): SealLevel {
  return claims[objective]?.level ?? 0;
}

/** Every objective in order, with its claim, its review and the level that counts. */
export function objectiveLevels(claims: SovereigntyClaims, reviews: SovereigntyReviews): ObjectiveLevel[] {
  return SOVEREIGNTY_OBJECTIVES.map((objective) => {
    const claim = claims[objective] ?? null;
    const review = reviews[objective] ?? null;
    const claimed = claimedLevel(claims, objective);
    return { objective, claim, claimedLevel: claimed, review, level: review?.level ?? claimed };
  });
}

/** An evaluator may only confirm the claim or lower it. */
export function checkReviewedLevel(claimed: SealLevel, level: SealLevel): "sovereigntyReview.aboveClaim" | null {
  return level > claimed ? "sovereigntyReview.aboveClaim" : null;
}
