import type { RankingOutcome } from "@/lib/domain/evaluation/ranking";

/**
 * Which bid the procurement lead may name as the winner of a lot (or of a tender without lots),
 * and when they must say why. The ranking proposes; the authority decides, in writing:
 *
 * - the top-ranked admissible bid needs no reason;
 * - any other admissible bid needs one (the decision departs from the published method and a
 *   review body will ask why), and so does every choice in an unresolved tie at the top
 *   (decisions.md "Ties": a documented decision, drawing lots for example, never a silent one);
 * - a bid the gates excluded can never win (C-546/16 Montte: thresholds come before price);
 * - no winner at all is only possible when no bid is admissible, with the reason; a lot that has
 *   an admissible bid and is not to be awarded is a cancellation, which has its own path.
 */
export type AwardChoiceCode =
  | "award.winnerRequired"
  | "award.winnerNotAdmissible"
  | "award.reasonRequiredForOtherBid"
  | "award.reasonRequiredForTie"
  | "award.reasonRequiredForNoAward";

export type AwardChoiceCheck =
  { ok: true; departsFromRanking: boolean } | { ok: false; code: AwardChoiceCode; field: "winnerBidId" | "reason" };

export function checkAwardChoice(
  lot: { outcome: RankingOutcome; admissibleBidIds: readonly string[] },
  choice: { winnerBidId: string | null; reason: string },
): AwardChoiceCheck {
  const hasReason = choice.reason.trim() !== "";
  if (choice.winnerBidId === null) {
    if (lot.outcome.kind !== "NO_ADMISSIBLE_BID")
      return { ok: false, code: "award.winnerRequired", field: "winnerBidId" };
    return hasReason
      ? { ok: true, departsFromRanking: false }
      : { ok: false, code: "award.reasonRequiredForNoAward", field: "reason" };
  }
  if (!lot.admissibleBidIds.includes(choice.winnerBidId)) {
    return { ok: false, code: "award.winnerNotAdmissible", field: "winnerBidId" };
  }
  if (lot.outcome.kind === "WINNER" && lot.outcome.bidId === choice.winnerBidId) {
    return { ok: true, departsFromRanking: false };
  }
  if (hasReason) return { ok: true, departsFromRanking: lot.outcome.kind === "WINNER" };
  return {
    ok: false,
    code: lot.outcome.kind === "UNRESOLVED_TIE" ? "award.reasonRequiredForTie" : "award.reasonRequiredForOtherBid",
    field: "reason",
  };
}

/** The bid the form proposes: the ranking's winner, or nothing to preselect (a tie, no admissible bid). */
export function proposedWinner(outcome: RankingOutcome): string | null {
  return outcome.kind === "WINNER" ? outcome.bidId : null;
}
