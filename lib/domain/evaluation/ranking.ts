import { compare, type Rational } from "@/lib/domain/rational";

/**
 * The order of the admissible bids (decisions.md "Ties"): the weighted totals compared unrounded
 * (or, with price per quality point F8, the lowest price per point first); equal values: the
 * higher quality points win, then the lower total cost of ownership; still equal: the bids share
 * a rank and the tie is reported for a documented decision (drawing lots, say), never broken by
 * the order of the data. The gates come before (gates.ts): only admissible bids are ranked.
 */

/** TOTAL: higher total points first. PRICE_PER_QUALITY_POINT (F8): lower price per quality point first. */
export type RankingMode = "TOTAL" | "PRICE_PER_QUALITY_POINT";

/** What the ranking compares of one bid. */
export type Contender = {
  id: string;
  /** TOTAL: the total points. F8: the price per quality point, null when the bid has no quality points (it ranks after every bid that has some). */
  value: Rational | null;
  /** Points of every criterion but cost. */
  qualityPoints: Rational;
  /** The discounted total cost of ownership (bidder and internal costs), in cents. */
  tco: Rational;
};

/** Which rule put one bid before another. */
export type DecidingRule = "TOTAL" | "QUALITY_POINTS" | "TCO";

export type Comparison = {
  /** -1: a ranks before b; 1: after; 0: an unresolved tie. */
  order: -1 | 0 | 1;
  decidedBy: DecidingRule | null;
};

export function compareContenders(a: Contender, b: Contender, mode: RankingMode): Comparison {
  const byValue = mode === "TOTAL" ? -compareOrNull(a.value, b.value) : compareOrNull(a.value, b.value);
  if (byValue !== 0) return { order: byValue as -1 | 1, decidedBy: "TOTAL" };
  const byQuality = -compare(a.qualityPoints, b.qualityPoints);
  if (byQuality !== 0) return { order: byQuality as -1 | 1, decidedBy: "QUALITY_POINTS" };
  const byCost = compare(a.tco, b.tco);
  if (byCost !== 0) return { order: byCost, decidedBy: "TCO" };
  return { order: 0, decidedBy: null };
}

/** null stands for "no value": above every value (the worst price per point). */
function compareOrNull(a: Rational | null, b: Rational | null): -1 | 0 | 1 {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

export type RankingEntry = {
  bidId: string;
  /** 1 = best; bids in an unresolved tie share a rank and the next rank skips (1, 1, 3). */
  rank: number;
  /**
   * How this bid was placed after the one above it: FIRST for the top bid, the rule that
   * separated them, or UNRESOLVED when nothing did (same rank).
   */
  placedBy: "FIRST" | DecidingRule | "UNRESOLVED";
};

export type UnresolvedTie = { rank: number; bidIds: string[] };

export type RankingOutcome =
  | { kind: "WINNER"; bidId: string; decidedBy: DecidingRule | null }
  | { kind: "UNRESOLVED_TIE"; bidIds: string[] }
  | { kind: "NO_ADMISSIBLE_BID" };

export type Ranking = {
  entries: RankingEntry[];
  outcome: RankingOutcome;
  /** Every group of bids nothing separates, at the top or further down. */
  unresolvedTies: UnresolvedTie[];
};

/**
 * The ranking of the contenders. Sorting is stable, so bids in an unresolved tie keep the order
 * given (receipt order); they share a rank, and the outcome says so when it concerns the winner.
 */
export function rankContenders(contenders: readonly Contender[], mode: RankingMode): Ranking {
  const sorted = [...contenders].sort((a, b) => compareContenders(a, b, mode).order);
  const entries: RankingEntry[] = [];
  sorted.forEach((contender, index) => {
    if (index === 0) {
      entries.push({ bidId: contender.id, rank: 1, placedBy: "FIRST" });
      return;
    }
    const { order, decidedBy } = compareContenders(sorted[index - 1]!, contender, mode);
    const tied = order === 0;
    entries.push({
      bidId: contender.id,
      rank: tied ? entries[index - 1]!.rank : index + 1,
      placedBy: tied ? "UNRESOLVED" : decidedBy!,
    });
  });
  const groups = new Map<number, string[]>();
  for (const entry of entries) groups.set(entry.rank, [...(groups.get(entry.rank) ?? []), entry.bidId]);
  const unresolvedTies = [...groups]
    .filter(([, bidIds]) => bidIds.length > 1)
    .map(([rank, bidIds]) => ({ rank, bidIds }));
  return { entries, outcome: outcomeOf(entries), unresolvedTies };
}

function outcomeOf(entries: readonly RankingEntry[]): RankingOutcome {
  if (entries.length === 0) return { kind: "NO_ADMISSIBLE_BID" };
  const top = entries.filter((entry) => entry.rank === 1);
  if (top.length > 1) return { kind: "UNRESOLVED_TIE", bidIds: top.map((entry) => entry.bidId) };
  const second = entries[1];
  return { kind: "WINNER", bidId: top[0]!.bidId, decidedBy: second ? (second.placedBy as DecidingRule) : null };
}

/** The winner's id, or null when there is none (no admissible bid, or an unresolved tie at the top). */
export function winnerOf(outcome: RankingOutcome): string | null {
  return outcome.kind === "WINNER" ? outcome.bidId : null;
}
