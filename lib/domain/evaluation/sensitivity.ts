import {
  add,
  compare,
  fromDecimal,
  max,
  min,
  mul,
  R_ZERO,
  rational,
  sign,
  sub,
  reduce,
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

export function analyseSensitivity(input: SensitivityInput): WeightSensitivity {
  const marginUnit: WeightSensitivity["marginUnit"] = input.mode === "TOTAL" ? "POINTS" : "CENTS_PER_QUALITY_POINT";
  const winnerIndex = input.bids.findIndex((bid) => bid.id === input.winnerId);
  const notApplicable = input.criteria.map((criterion) => ({
    criterionKey: criterion.key,
    weight: criterion.weight,
    applicable: false,
    decrease: null,
    increase: null,
  }));
  const empty = { marginUnit, baseMargin: null, criteria: notApplicable, tornado: [] as TornadoBar[] };
  if (winnerIndex < 0) return { ...empty, robustness: { code: "NO_WINNER" } };
  if (input.bids.length === 1) return { ...empty, robustness: { code: "SINGLE_BID" } };

  const bids = input.bids.map((bid) => scaleBid(bid, input.mode));
  const winner = bids[winnerIndex]!;
  const baseMargin = marginOf(
    bids,
    winnerIndex,
    bids.map((bid) => bid.total),
    1n,
    input.mode,
  );
  const step = fromDecimal(input.tornadoStepPp);

  const criteria: CriterionSensitivity[] = [];
  const tornado: TornadoBar[] = [];
  input.criteria.forEach((criterion, k) => {
    if (criterion.weight <= 0 || criterion.weight >= 100) {
      criteria.push(notApplicable[k]!);
      return;
    }
    const weight = BigInt(criterion.weight);
    const lines = bids.map((bid) => lineIn(bid, k, weight));
    const challengers = bids.flatMap((bid, i) =>
      i === winnerIndex ? [] : [{ id: bid.id, ...advantage(bid, lines[i]!, winner, lines[winnerIndex]!) }],
    );
    criteria.push({
      criterionKey: criterion.key,
      weight: criterion.weight,
      applicable: true,
      decrease: firstCrossing(challengers, weight, -1n),
      increase: firstCrossing(challengers, weight, 1n),
    });
    const w = rational(weight);
    const at = (point: Rational): TornadoPoint => {
      // Totals at the weight wn/wd: X_i = I_i × wd + S_i × wn, over D_i × w_k × (100 − w_k) × wd.
      const values = lines.map((line) => line.intercept * point.d + line.slope * point.n);
      const unit = weight * (100n - weight) * point.d;
      return { weight: point, margin: marginOf(bids, winnerIndex, values, unit, input.mode) };
    };
    tornado.push({
      criterionKey: criterion.key,
      weight: criterion.weight,
      low: at(max(R_ZERO, sub(w, step))),
      high: at(min(rational(100), add(w, step))),
    });
  });
  tornado.sort((a, b) => compare(swing(b), swing(a)));
  return { marginUnit, baseMargin, criteria, tornado, robustness: robustnessOf(criteria, input.robustnessThresholdPp) };
}

/**
 * The maths in whole numbers (BigInt), with no greatest common divisor in the loops: each bid's
 * top-level points over one denominator of its own, p_j = N_j / D; its price P = PN / PD (F8;
 * 1 for totals). Positive factors common to a comparison are dropped, which changes no sign and
 * no crossing point; only the figures reported are turned back into reduced rationals.
 */
type ScaledBid = { id: string; denominator: bigint; points: bigint[]; total: bigint; priceN: bigint; priceD: bigint };

function scaleBid(bid: SensitivityBid, mode: RankingMode): ScaledBid {
  let denominator = 1n;
  for (const d of new Set(bid.points.map((point) => point.d))) denominator *= d;
  const points = bid.points.map((point) => point.n * (denominator / point.d));
  const total = points.reduce((sum, value) => sum + value, 0n);
  const [priceN, priceD] = mode === "TOTAL" ? [1n, 1n] : [bid.price.n, bid.price.d];
  return { id: bid.id, denominator, points, total, priceN, priceD };
}

/**
 * The bid's total as a line in the weight w of criterion k, times D × w_k × (100 − w_k):
 * 100 × w_k × (T − p_k) + w × ((100 − w_k) × p_k − w_k × (T − p_k)), in the bid's own numerators.
 */
type ScaledLine = { intercept: bigint; slope: bigint };

function lineIn(bid: ScaledBid, k: number, weight: bigint): ScaledLine {
  const own = bid.points[k]!;
  const rest = bid.total - own;
  return { intercept: 100n * weight * rest, slope: (100n - weight) * own - weight * rest };
}

/**
 * How far a challenger is from beating the winner, as α + β × w up to a positive factor of its
 * own: positive means the challenger leads. Totals: T_c − T_v. F8: P_v × Q_c − P_c × Q_v (the lower
 * price per quality point wins).
 */
function advantage(challenger: ScaledBid, own: ScaledLine, winner: ScaledBid, theirs: ScaledLine) {
  const f = winner.priceN * challenger.priceD * winner.denominator;
  const g = challenger.priceN * winner.priceD * challenger.denominator;
  return { alpha: f * own.intercept - g * theirs.intercept, beta: f * own.slope - g * theirs.slope };
}

/**
 * The smallest move in one direction (−1 down, +1 up) after which some challenger leads: where its
 * advantage, at most 0 at the published weight, crosses 0 while rising in that direction, strictly
 * within the room left (a crossing exactly at 0 % or 100 % is a tie there, not a lead). Equal
 * moves: the first challenger in the order given.
 */
function firstCrossing(
  challengers: readonly { id: string; alpha: bigint; beta: bigint }[],
  weight: bigint,
  direction: -1n | 1n,
): WeightChange | null {
  const room = direction === 1n ? 100n - weight : weight;
  let best: { x: bigint; y: bigint; id: string } | null = null;
  for (const { id, alpha, beta } of challengers) {
    const rise = direction * beta;
    if (rise <= 0n) continue;
    const now = alpha + beta * weight;
    // The move x / y: how far the advantage, rising by y per point, has to go.
    const x = now >= 0n ? 0n : -now;
    if (x >= room * rise) continue;
    if (!best || x * best.y < best.x * rise) best = { x, y: rise, id };
  }
  if (!best) return null;
  const change = reduce(rational(best.x, best.y));
  const moved = direction === 1n ? add(rational(weight), change) : sub(rational(weight), change);
  return { changePp: change, weight: moved, challengerId: best.id };
}

/**
 * The winner's lead when bid i's figure is values_i / (D_i × unit): its total minus the best
 * other total, or (F8, the figure being quality points) the best other price per quality point
 * minus its own; null when the winner has no quality points there, or no other bid has.
 */
function marginOf(
  bids: readonly ScaledBid[],
  winnerIndex: number,
  values: readonly bigint[],
  unit: bigint,
  mode: RankingMode,
): Rational | null {
  const v = bids[winnerIndex]!;
  const xv = values[winnerIndex]!;
  let best = -1;
  if (mode === "TOTAL") {
    bids.forEach((bid, i) => {
      if (i === winnerIndex) return;
      if (best < 0 || values[i]! * bids[best]!.denominator > values[best]! * bid.denominator) best = i;
    });
    const b = bids[best]!;
    return reduce(rational(xv * b.denominator - values[best]! * v.denominator, v.denominator * b.denominator * unit));
  }
  if (xv <= 0n) return null;
  // price per point_i = PN_i × D_i × unit / (PD_i × X_i)
  const cheaper = (i: number, j: number) =>
    bids[i]!.priceN * bids[i]!.denominator * bids[j]!.priceD * values[j]! <
    bids[j]!.priceN * bids[j]!.denominator * bids[i]!.priceD * values[i]!;
  bids.forEach((_, i) => {
    if (i !== winnerIndex && values[i]! > 0n && (best < 0 || cheaper(i, best))) best = i;
  });
  if (best < 0) return null;
  const b = bids[best]!;
  const xb = values[best]!;
  return reduce(
    rational(
      unit * (b.priceN * b.denominator * v.priceD * xv - v.priceN * v.denominator * b.priceD * xb),
      b.priceD * xb * v.priceD * xv,
    ),
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
