import { add, compare, type Rational } from "@/lib/domain/rational";
import { exactCostValues, type ExactCostParameters } from "@/lib/domain/tender/cost-formulas";
import { rankContenders, winnerOf, type Contender } from "./ranking";

/**
 * The rank-reversal check for the relative formulas (decisions.md; reference.md §3.2): with F1
 * and F2 a bid's cost points depend on the cheapest (and, for F2, the dearest) bid, so removing
 * one bid can swap two others. The ranking is recomputed without each admissible bid in turn, and
 * every pair of remaining bids whose order flips is reported.
 *
 * Removing a bid changes the others' points only when it alone held the lowest price (F1, F2) or
 * the highest (F2): otherwise Pmin and Pmax are the same without it, every remaining bid keeps its
 * exact points, and no pair can flip. Those removals are reported as not recomputed, which keeps
 * the check at one or two recomputations however many bids there are.
 */

export type ReversalBid = {
  id: string;
  /** Points of every criterion but cost: unchanged by a removal. */
  qualityPoints: Rational;
  /** The price P the formula scores: the discounted TCO in cents. */
  tco: Rational;
};

export type RankFlip = {
  /** Ranked before `after` with every bid… */
  before: string;
  /** …and after it once the removed bid is gone. */
  after: string;
};

export type Removal = {
  removedBidId: string;
  /** False when the removal leaves Pmin (and Pmax) as they were, so that nothing can change. */
  recomputed: boolean;
  flips: RankFlip[];
  /** The winner without the removed bid (null for an unresolved tie or no bid left). */
  winnerAfter: string | null;
  /** The removed bid was not the winner, yet the winner is another bid without it. */
  winnerChanged: boolean;
};

export type RankReversalCheck = {
  formula: "F1" | "F2";
  removals: Removal[];
  /** Flips over all removals. */
  flipCount: number;
};

export function checkRankReversal(
  formula: "F1" | "F2",
  bids: readonly ReversalBid[],
  params: ExactCostParameters,
): RankReversalCheck {
  const all = contendersOf(formula, bids, params);
  const ranking = rankContenders(all, "TOTAL");
  const winner = winnerOf(ranking.outcome);
  const rankBefore = new Map(ranking.entries.map((entry) => [entry.bidId, entry.rank]));
  const top = new Set(ranking.entries.filter((entry) => entry.rank === 1).map((entry) => entry.bidId));
  const byId = new Map(all.map((contender) => [contender.id, contender]));
  const removals = bids.map((removed): Removal => {
    const rest = bids.filter((bid) => bid !== removed);
    if (!changesExtremes(formula, removed, bids)) {
      // Everyone left keeps their points, so their order is the one they had: only removing a
      // bid of the top rank can give another winner.
      const winnerAfter = top.has(removed.id)
        ? winnerOf(
            rankContenders(
              rest.map((bid) => byId.get(bid.id)!),
              "TOTAL",
            ).outcome,
          )
        : winner;
      return { removedBidId: removed.id, recomputed: false, flips: [], winnerAfter, winnerChanged: false };
    }
    const reduced = rankContenders(contendersOf(formula, rest, params), "TOTAL");
    // Ranks are equal exactly when the ranking's comparison finds the two bids equal, so a pair
    // flips when its ranks were strictly in one order and now are strictly in the other.
    const rankAfter = new Map(reduced.entries.map((entry) => [entry.bidId, entry.rank]));
    const flips: RankFlip[] = [];
    for (let i = 0; i < rest.length; i++) {
      for (let j = i + 1; j < rest.length; j++) {
        const [a, b] = [rest[i]!.id, rest[j]!.id];
        const before = Math.sign(rankBefore.get(a)! - rankBefore.get(b)!);
        const after = Math.sign(rankAfter.get(a)! - rankAfter.get(b)!);
        if (before !== 0 && after === -before) {
          flips.push(before < 0 ? { before: a, after: b } : { before: b, after: a });
        }
      }
    }
    const winnerAfter = winnerOf(reduced.outcome);
    return {
      removedBidId: removed.id,
      recomputed: true,
      flips,
      winnerAfter,
      winnerChanged: removed.id !== winner && winnerAfter !== winner,
    };
  });
  return { formula, removals, flipCount: removals.reduce((count, removal) => count + removal.flips.length, 0) };
}

/** Whether the bids without `removed` have another lowest (or, for F2, highest) price. */
function changesExtremes(formula: "F1" | "F2", removed: ReversalBid, bids: readonly ReversalBid[]): boolean {
  const others = bids.filter((bid) => bid !== removed);
  if (others.length === 0) return false;
  const belowAll = others.every((bid) => compare(removed.tco, bid.tco) < 0);
  const aboveAll = others.every((bid) => compare(removed.tco, bid.tco) > 0);
  return belowAll || (formula === "F2" && aboveAll);
}

/** The bids with their totals under the formula, as the ranking compares them. */
function contendersOf(formula: "F1" | "F2", bids: readonly ReversalBid[], params: ExactCostParameters): Contender[] {
  if (bids.length === 0) return [];
  const scored = exactCostValues(
    formula,
    bids.map((bid) => bid.tco),
    params,
  );
  // The evaluation checked the prices before; a failure here would be a programming error.
  if (!scored.ok) throw new Error(`rank reversal: ${scored.code}`);
  return bids.map((bid, i) => ({
    id: bid.id,
    value: add(bid.qualityPoints, scored.values[i]!),
    qualityPoints: bid.qualityPoints,
    tco: bid.tco,
  }));
}
