import {
  add,
  compare,
  div,
  fromDecimal,
  max,
  min,
  mul,
  R_ZERO,
  rational,
  sign,
  sub,
  sumOf,
  type Rational,
} from "@/lib/domain/rational";
import type { RankingMode } from "./ranking";

/**
 * How far the winner depends on the published weights. For each top-level criterion k, its weight
 * w moves while the other top-level weights are rescaled in proportion so that all still add up to
 * 100 (sub-criteria keep their weights within their parent). Each bid's points on a criterion are
 * its weight times a share the weights do not change (the score over the scale, or the cost
 * formula's points over Smax), so every bid's total is a straight line in w:
 *
 *   T_i(w) = w × s_ik + (100 − w) × R_ik,   s_ik = p_ik / w_k,   R_ik = (T_i − p_ik) / (100 − w_k)
 *
 * and the winner changes where another bid's line crosses the winner's: one exact division per
 * bid and criterion, no recomputation of any cost or score. With price per quality point (F8) the
 * same lines are the quality points Q_i(w), and bid i beats the winner when P_i × Q_w(w) <
 * P_w × Q_i(w), again a line in w. The set of admissible bids stays as the gates decided it.
 */

export type SensitivityCriterion = { key: string; weight: number };

export type SensitivityBid = {
  id: string;
  /** Points on each top-level criterion, in the order of the criteria (0 for F8's cost criterion). */
  points: readonly Rational[];
  /** F8: the price P divided by the quality points (the discounted TCO); unused otherwise. */
  price: Rational;
};

export type WeightChange = {
  /** Percentage points from the published weight (always ≥ 0; the direction says which way). */
  changePp: Rational;
  /** The weight at which the challenger draws level with the winner; beyond it, the challenger leads. */
  weight: Rational;
  challengerId: string;
};

export type CriterionSensitivity = {
  criterionKey: string;
  weight: number;
  /**
   * False when moving this weight means nothing: F8's cost criterion (weight 0 by definition), or
   * a criterion holding all 100 % (no other weight to rescale).
   */
  applicable: boolean;
  /** The smallest decrease that changes the winner; null when none down to 0 does. */
  decrease: WeightChange | null;
  /** The smallest increase that changes the winner; null when none up to 100 does. */
  increase: WeightChange | null;
};

export type TornadoPoint = {
  weight: Rational;
  /** The published winner's lead over the best other bid at this weight; null when undefined. */
  margin: Rational | null;
};

export type TornadoBar = { criterionKey: string; weight: number; low: TornadoPoint; high: TornadoPoint };

export type Robustness =
  | { code: "NO_WINNER" }
  | { code: "SINGLE_BID" }
  | { code: "STABLE" }
  | {
      code: "ROBUST" | "SENSITIVE";
      criterionKey: string;
      direction: "DECREASE" | "INCREASE";
      change: WeightChange;
    };

export type WeightSensitivity = {
  /** POINTS for weighted totals; CENTS_PER_QUALITY_POINT for F8 (the best other bid's price per point minus the winner's). */
  marginUnit: "POINTS" | "CENTS_PER_QUALITY_POINT";
  /** The winner's lead at the published weights; null without a winner or a runner-up. */
  baseMargin: Rational | null;
  criteria: CriterionSensitivity[];
  /** Per applicable criterion, the margin at its weight minus and plus the tornado step; widest swing first. */
  tornado: TornadoBar[];
  robustness: Robustness;
};

export type SensitivityInput = {
  criteria: readonly SensitivityCriterion[];
  bids: readonly SensitivityBid[];
  mode: RankingMode;
  /** The winner at the published weights, null when there is none. */
  winnerId: string | null;
  robustnessThresholdPp: number;
  tornadoStepPp: number;
};

const HUNDRED = rational(100);

/** A bid's total as a line in the weight of one criterion: T(w) = intercept + slope × w. */
type Line = { intercept: Rational; slope: Rational };

export function analyseSensitivity(input: SensitivityInput): WeightSensitivity {
  const marginUnit = input.mode === "TOTAL" ? "POINTS" : "CENTS_PER_QUALITY_POINT";
  const winner = input.bids.find((bid) => bid.id === input.winnerId);
  const others = input.bids.filter((bid) => bid !== winner);
  const notApplicable = input.criteria.map((criterion) => ({
    criterionKey: criterion.key,
    weight: criterion.weight,
    applicable: false,
    decrease: null,
    increase: null,
  }));
  if (!winner)
    return { marginUnit, baseMargin: null, criteria: notApplicable, tornado: [], robustness: { code: "NO_WINNER" } };
  if (others.length === 0) {
    return { marginUnit, baseMargin: null, criteria: notApplicable, tornado: [], robustness: { code: "SINGLE_BID" } };
  }
  const totals = input.bids.map((bid) => sumOf(bid.points));
  const totalOf = new Map(input.bids.map((bid, i) => [bid.id, totals[i]!]));
  const flat = (bid: SensitivityBid): Line => ({ intercept: totalOf.get(bid.id)!, slope: R_ZERO });
  const baseMargin = marginAt(winner, others, R_ZERO, flat, input.mode);

  const criteria: CriterionSensitivity[] = [];
  const tornado: TornadoBar[] = [];
  input.criteria.forEach((criterion, k) => {
    if (criterion.weight <= 0 || criterion.weight >= 100) {
      criteria.push(notApplicable[k]!);
      return;
    }
    const w = rational(criterion.weight);
    const line = (bid: SensitivityBid) => lineOf(bid, k, criterion.weight, totalOf.get(bid.id)!);
    const winnerLine = line(winner);
    const challengers = others.map((bid) => ({
      bid,
      advantage: advantageLine(bid, line(bid), winner, winnerLine, input.mode),
    }));
    criteria.push({
      criterionKey: criterion.key,
      weight: criterion.weight,
      applicable: true,
      decrease: firstCrossing(challengers, w, -1, w),
      increase: firstCrossing(challengers, w, 1, sub(HUNDRED, w)),
    });
    const step = fromDecimal(input.tornadoStepPp);
    const low = max(R_ZERO, sub(w, step));
    const high = min(HUNDRED, add(w, step));
    tornado.push({
      criterionKey: criterion.key,
      weight: criterion.weight,
      low: { weight: low, margin: marginAt(winner, others, low, line, input.mode) },
      high: { weight: high, margin: marginAt(winner, others, high, line, input.mode) },
    });
  });
  tornado.sort((a, b) => compare(swing(b), swing(a)));
  return { marginUnit, baseMargin, criteria, tornado, robustness: robustnessOf(criteria, input.robustnessThresholdPp) };
}

function lineOf(bid: SensitivityBid, k: number, weight: number, total: Rational): Line {
  const own = bid.points[k]!;
  const share = div(own, rational(weight));
  const rest = div(sub(total, own), rational(100 - weight));
  return { intercept: mul(HUNDRED, rest), slope: sub(share, rest) };
}

function valueAt(line: Line, weight: Rational): Rational {
  return add(line.intercept, mul(line.slope, weight));
}

/**
 * How far a challenger is from beating the winner, as a line in the weight: positive means the
 * challenger leads. Totals: T_i − T_w. F8: P_w × Q_i − P_i × Q_w (lower price per point wins).
 */
function advantageLine(bid: SensitivityBid, own: Line, winner: SensitivityBid, theirs: Line, mode: RankingMode): Line {
  if (mode === "TOTAL") {
    return { intercept: sub(own.intercept, theirs.intercept), slope: sub(own.slope, theirs.slope) };
  }
  return {
    intercept: sub(mul(winner.price, own.intercept), mul(bid.price, theirs.intercept)),
    slope: sub(mul(winner.price, own.slope), mul(bid.price, theirs.slope)),
  };
}

/**
 * The smallest move in one direction (−1 down, +1 up) after which some challenger leads: where its
 * advantage line, at most 0 at the published weight, crosses 0 while rising in that direction,
 * strictly within the room left (a crossing exactly at 0 % or 100 % is a tie there, not a lead).
 * Equal moves: the challenger whose advantage rises fastest (it leads just beyond).
 */
function firstCrossing(
  challengers: readonly { bid: SensitivityBid; advantage: Line }[],
  weight: Rational,
  direction: -1 | 1,
  room: Rational,
): WeightChange | null {
  let best: { change: Rational; rise: Rational; id: string } | null = null;
  for (const { bid, advantage } of challengers) {
    const rise = direction === 1 ? advantage.slope : mul(rational(-1), advantage.slope);
    if (sign(rise) <= 0) continue;
    const now = valueAt(advantage, weight);
    const change = sign(now) >= 0 ? R_ZERO : div(mul(rational(-1), now), rise);
    if (compare(change, room) >= 0) continue;
    const better =
      !best || compare(change, best.change) < 0 || (compare(change, best.change) === 0 && compare(rise, best.rise) > 0);
    if (better) best = { change, rise, id: bid.id };
  }
  if (!best) return null;
  const moved = direction === 1 ? add(weight, best.change) : sub(weight, best.change);
  return { changePp: best.change, weight: moved, challengerId: best.id };
}

/**
 * The published winner's lead at a weight: its total minus the best other total, or (F8) the best
 * other price per quality point minus its own; null when the winner has no quality points there.
 */
function marginAt(
  winner: SensitivityBid,
  others: readonly SensitivityBid[],
  weight: Rational,
  line: (bid: SensitivityBid) => Line,
  mode: RankingMode,
): Rational | null {
  const own = valueAt(line(winner), weight);
  const values = others.map((bid) => valueAt(line(bid), weight));
  if (mode === "TOTAL")
    return sub(
      own,
      values.reduce((a, b) => (compare(a, b) >= 0 ? a : b)),
    );
  if (sign(own) <= 0) return null;
  const ratios = others.flatMap((bid, i) => (sign(values[i]!) > 0 ? [div(bid.price, values[i]!)] : []));
  if (ratios.length === 0) return null;
  return sub(
    ratios.reduce((a, b) => (compare(a, b) <= 0 ? a : b)),
    div(winner.price, own),
  );
}

function swing(bar: TornadoBar): Rational {
  if (!bar.low.margin || !bar.high.margin) return R_ZERO;
  const difference = sub(bar.high.margin, bar.low.margin);
  return sign(difference) < 0 ? mul(rational(-1), difference) : difference;
}

function robustnessOf(criteria: readonly CriterionSensitivity[], thresholdPp: number): Robustness {
  type Candidate = { criterionKey: string; direction: "DECREASE" | "INCREASE"; change: WeightChange };
  const candidates: Candidate[] = criteria.flatMap((criterion) => [
    ...(criterion.decrease
      ? [{ criterionKey: criterion.criterionKey, direction: "DECREASE" as const, change: criterion.decrease }]
      : []),
    ...(criterion.increase
      ? [{ criterionKey: criterion.criterionKey, direction: "INCREASE" as const, change: criterion.increase }]
      : []),
  ]);
  if (candidates.length === 0) return { code: "STABLE" };
  // The first of the smallest changes, in the criteria's order.
  const smallest = candidates.reduce((a, b) => (compare(b.change.changePp, a.change.changePp) < 0 ? b : a));
  const sensitive = compare(smallest.change.changePp, fromDecimal(thresholdPp)) <= 0;
  return { code: sensitive ? "SENSITIVE" : "ROBUST", ...smallest };
}
