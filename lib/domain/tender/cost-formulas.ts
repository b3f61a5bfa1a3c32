import { compare, div, max, min, mul, R_ZERO, rational, sign, sub, toFixed, type Rational } from "../rational";

/**
 * Price or cost scoring (Directive 2014/24/EU Art. 67). The four formulas Tender Commons offers
 * are common in practice: F1 and F2 relative, F5 against a reference price, F8 price per quality
 * point (UK Bid Evaluation Guidance Note 2021, Appendix II). "Price" is the bid's price, or its
 * discounted total cost of ownership when the tender evaluates cost (Art. 68). Amounts are
 * integer euro cents; points are computed exactly (rationals in BigInt) and rounded half up to 2
 * decimals only for display, and ranks compare the exact values.
 */

export const COST_FORMULAS = ["F1", "F2", "F5", "F8"] as const;
export type CostFormula = (typeof COST_FORMULAS)[number];

export type CostFormulaRule = {
  /** Translation code of the formula's name. */
  code: string;
  /** The formula as printed in the tender documents (mathematical notation only, never translated). */
  expression: string;
  /** The score depends on the other bids, so adding or removing one can reorder the rest. */
  relative: boolean;
  /** POINTS: higher is better; RATIO (F8): price per quality point, the lowest wins. */
  output: "POINTS" | "RATIO";
};

export const COST_FORMULA_RULES: Record<CostFormula, CostFormulaRule> = {
  F1: { code: "LOWEST_PRICE_RATIO", expression: "S = Smax × Pmin / P", relative: true, output: "POINTS" },
  F2: { code: "LINEAR_MIN_MAX", expression: "S = Smax × (Pmax − P) / (Pmax − Pmin)", relative: true, output: "POINTS" },
  F5: {
    code: "ABSOLUTE_REFERENCE",
    expression: "S = Smax × clamp((B − P) / (B − Bfloor), 0, 1)",
    relative: false,
    output: "POINTS",
  },
  F8: { code: "PRICE_PER_QUALITY_POINT", expression: "R = P / Q", relative: false, output: "RATIO" },
};

export type CostBid = {
  label: string;
  priceCents: number;
  /** Quality points (0–100, at most 2 decimals); needed by F8 only. */
  qualityScore?: number;
};

export type CostParameters = {
  /** Points for the best price (Smax), normally the cost criterion's weight. Unused by F8. */
  maxPoints: number;
  /** F5: the budget or reference price B, which scores 0. */
  referencePriceCents?: number;
  /** F5: the price Bfloor at or below which a bid gets Smax. */
  floorPriceCents?: number;
};

export type CostScore = {
  label: string;
  priceCents: number;
  qualityScore: number | null;
  /** F1, F2, F5: points rounded to 2 decimals. */
  points: number | null;
  /** F8: euro cents per quality point, rounded to the cent. */
  centsPerQualityPoint: number | null;
  /** 1 = best; equal exact values share a rank. */
  rank: number;
};

export type CostScoring =
  | { ok: true; scores: CostScore[] }
  | {
      ok: false;
      code:
        | "costFormula.noBids"
        | "costFormula.invalidPrice"
        | "costFormula.invalidMaxPoints"
        | "costFormula.invalidReference"
        | "costFormula.invalidQuality";
    };

/** F1, F2, F5: points, higher is better; F8: price per quality point, lower is better. */
export type CostValueOrder = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";

export type ExactCostParameters = {
  /** Smax, normally the cost criterion's weight. Unused by F8. */
  maxPoints: Rational;
  /** F5: the reference price B (scores 0), in cents. */
  referencePrice?: Rational;
  /** F5: the floor price Bfloor (scores Smax), in cents. */
  floorPrice?: Rational;
};

export type ExactCostValues =
  | { ok: true; values: Rational[]; order: CostValueOrder }
  | { ok: false; code: Extract<CostScoring, { ok: false }>["code"] };

/**
 * The one implementation of the four formulas, on exact prices: each bid's points (F1, F2, F5)
 * or price per quality point (F8), unrounded. Prices are rationals of cents, so a discounted total
 * cost of ownership (not a whole number of cents) is scored as exactly as a price; `qualities`
 * (F8 only) are the bids' quality points. scoreCosts below is the same maths on whole cents.
 */
export function exactCostValues(
  formula: CostFormula,
  prices: readonly Rational[],
  params: ExactCostParameters,
  qualities: readonly Rational[] = [],
): ExactCostValues {
  if (prices.length === 0) return { ok: false, code: "costFormula.noBids" };
  if (prices.some((price) => sign(price) <= 0)) return { ok: false, code: "costFormula.invalidPrice" };
  if (formula === "F8") {
    if (qualities.length !== prices.length || qualities.some((quality) => sign(quality) <= 0)) {
      return { ok: false, code: "costFormula.invalidQuality" };
    }
    return { ok: true, values: prices.map((price, i) => div(price, qualities[i]!)), order: "LOWER_IS_BETTER" };
  }
  if (sign(params.maxPoints) <= 0) return { ok: false, code: "costFormula.invalidMaxPoints" };
  const values = pointsOf(formula, prices, params);
  return values ? { ok: true, values, order: "HIGHER_IS_BETTER" } : { ok: false, code: "costFormula.invalidReference" };
}

function pointsOf(formula: "F1" | "F2" | "F5", prices: readonly Rational[], params: ExactCostParameters) {
  const smax = params.maxPoints;
  const pmin = prices.reduce(min);
  const pmax = prices.reduce(max);
  // Constant factors first, so each bid costs one exact division or product.
  if (formula === "F1") {
    const numerator = mul(smax, pmin);
    return prices.map((p) => div(numerator, p));
  }
  if (formula === "F2") {
    // All bids equal: everyone gets Smax (product decision), rather than 0/0.
    if (compare(pmax, pmin) === 0) return prices.map(() => smax);
    const perCent = div(smax, sub(pmax, pmin));
    return prices.map((p) => mul(perCent, sub(pmax, p)));
  }
  const { referencePrice: b, floorPrice: bfloor } = params;
  if (!b || !bfloor || sign(bfloor) < 0 || compare(b, bfloor) <= 0) return null;
  const perCent = div(smax, sub(b, bfloor));
  return prices.map((p) => {
    if (compare(p, b) >= 0) return R_ZERO;
    if (compare(p, bfloor) <= 0) return smax;
    return mul(perCent, sub(b, p));
  });
}

/** Scores every bid with the formula; invalid input is reported as a code, not thrown. */
export function scoreCosts(formula: CostFormula, bids: readonly CostBid[], params: CostParameters): CostScoring {
  if (bids.length === 0) return { ok: false, code: "costFormula.noBids" };
  if (bids.some((bid) => !Number.isInteger(bid.priceCents) || bid.priceCents <= 0)) {
    return { ok: false, code: "costFormula.invalidPrice" };
  }
  const prices = bids.map((bid) => rational(bid.priceCents));
  if (formula === "F8") {
    // Quality points carry at most 2 decimals: hundredths of a point, as the tender shows them.
    const hundredths = bids.map((bid) => (bid.qualityScore === undefined ? NaN : Math.round(bid.qualityScore * 100)));
    if (hundredths.some((q) => !Number.isFinite(q) || q <= 0)) return { ok: false, code: "costFormula.invalidQuality" };
    return scored(
      bids,
      exactCostValues(
        formula,
        prices,
        { maxPoints: R_ZERO },
        hundredths.map((q) => rational(q, 100)),
      ),
    );
  }
  if (!Number.isInteger(params.maxPoints) || params.maxPoints <= 0)
    return { ok: false, code: "costFormula.invalidMaxPoints" };
  const { referencePriceCents: reference, floorPriceCents: floor } = params;
  const whole = (cents: number | undefined) => (Number.isInteger(cents) ? rational(cents!) : undefined);
  if (formula === "F5" && (!whole(reference) || !whole(floor)))
    return { ok: false, code: "costFormula.invalidReference" };
  const exact = { maxPoints: rational(params.maxPoints), referencePrice: whole(reference), floorPrice: whole(floor) };
  return scored(bids, exactCostValues(formula, prices, exact));
}

function scored(bids: readonly CostBid[], result: ExactCostValues): CostScoring {
  if (!result.ok) return result;
  const ranks = rank(result.values, result.order);
  const ratio = result.order === "LOWER_IS_BETTER";
  return {
    ok: true,
    scores: bids.map((bid, i) => ({
      label: bid.label,
      priceCents: bid.priceCents,
      qualityScore: ratio ? bid.qualityScore! : null,
      points: ratio ? null : Number(toFixed(result.values[i]!, 2)),
      centsPerQualityPoint: ratio ? Number(toFixed(result.values[i]!, 0)) : null,
      rank: ranks[i]!,
    })),
  };
}

function rank(values: readonly Rational[], order: CostValueOrder): number[] {
  const direction = order === "HIGHER_IS_BETTER" ? 1 : -1;
  return values.map((value) => 1 + values.filter((other) => direction * compare(other, value) > 0).length);
}

/** Sample bids for the worked example printed in the tender documents. */
export const WORKED_EXAMPLE_BIDS: readonly CostBid[] = [
  { label: "A", priceCents: 10_000_000, qualityScore: 60 },
  { label: "B", priceCents: 12_500_000, qualityScore: 80 },
  { label: "C", priceCents: 16_000_000, qualityScore: 90 },
];
export const WORKED_EXAMPLE_REFERENCE = { referencePriceCents: 20_000_000, floorPriceCents: 10_000_000 };

export type WorkedExample = {
  formula: CostFormula;
  expression: string;
  maxPoints: number | null;
  referencePriceCents: number | null;
  floorPriceCents: number | null;
  scores: CostScore[];
};

/**
 * A worked example of the formula on three sample bids (EUR 100,000, 125,000 and 160,000, with
 * quality 60, 80 and 90 for F8; F5 against a reference of EUR 200,000 and a floor of
 * EUR 100,000), so bidders can check they read the formula as the authority does.
 */
export function workedExample(formula: CostFormula, maxPoints = 100): WorkedExample {
  const usesReference = formula === "F5";
  const scoring = scoreCosts(formula, WORKED_EXAMPLE_BIDS, { maxPoints, ...WORKED_EXAMPLE_REFERENCE });
  return {
    formula,
    expression: COST_FORMULA_RULES[formula].expression,
    maxPoints: formula === "F8" ? null : maxPoints,
    referencePriceCents: usesReference ? WORKED_EXAMPLE_REFERENCE.referencePriceCents : null,
    floorPriceCents: usesReference ? WORKED_EXAMPLE_REFERENCE.floorPriceCents : null,
    // The sample data is valid by construction, so scoring cannot fail here.
    scores: scoring.ok ? scoring.scores : [],
  };
}
