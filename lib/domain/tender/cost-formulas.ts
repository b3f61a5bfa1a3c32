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

type Fraction = { n: bigint; d: bigint };

/** Scores every bid with the formula; invalid input is reported as a code, not thrown. */
export function scoreCosts(formula: CostFormula, bids: readonly CostBid[], params: CostParameters): CostScoring {
  if (bids.length === 0) return { ok: false, code: "costFormula.noBids" };
  if (bids.some((bid) => !Number.isInteger(bid.priceCents) || bid.priceCents <= 0)) {
    return { ok: false, code: "costFormula.invalidPrice" };
  }
  if (formula === "F8") return scorePricePerQuality(bids);
  if (!Number.isInteger(params.maxPoints) || params.maxPoints <= 0)
    return { ok: false, code: "costFormula.invalidMaxPoints" };
  const values = pointsFractions(formula, bids, params);
  if (!values) return { ok: false, code: "costFormula.invalidReference" };
  const ranks = rank(values, "HIGHER_IS_BETTER");
  return {
    ok: true,
    scores: bids.map((bid, i) => ({
      label: bid.label,
      priceCents: bid.priceCents,
      qualityScore: null,
      points: roundHalfUp(values[i]!, 100n) / 100,
      centsPerQualityPoint: null,
      rank: ranks[i]!,
    })),
  };
}

function pointsFractions(
  formula: "F1" | "F2" | "F5",
  bids: readonly CostBid[],
  params: CostParameters,
): Fraction[] | null {
  const smax = BigInt(params.maxPoints);
  const prices = bids.map((bid) => BigInt(bid.priceCents));
  const pmin = prices.reduce((a, b) => (b < a ? b : a));
  const pmax = prices.reduce((a, b) => (b > a ? b : a));
  if (formula === "F1") return prices.map((p) => ({ n: smax * pmin, d: p }));
  if (formula === "F2") {
    // All bids equal: everyone gets Smax (product decision), rather than 0/0.
    if (pmax === pmin) return prices.map(() => ({ n: smax, d: 1n }));
    return prices.map((p) => ({ n: smax * (pmax - p), d: pmax - pmin }));
  }
  const { referencePriceCents: reference, floorPriceCents: floor } = params;
  if (!Number.isInteger(reference) || !Number.isInteger(floor) || floor! < 0 || reference! <= floor!) return null;
  const b = BigInt(reference!);
  const bfloor = BigInt(floor!);
  return prices.map((p) => {
    if (p >= b) return { n: 0n, d: 1n };
    if (p <= bfloor) return { n: smax, d: 1n };
    return { n: smax * (b - p), d: b - bfloor };
  });
}

function scorePricePerQuality(bids: readonly CostBid[]): CostScoring {
  const qualities = bids.map((bid) => (bid.qualityScore === undefined ? NaN : Math.round(bid.qualityScore * 100)));
  if (qualities.some((q) => !Number.isFinite(q) || q <= 0)) return { ok: false, code: "costFormula.invalidQuality" };
  // P / Q with Q in hundredths of a point: P × 100 / (Q × 100).
  const ratios = bids.map((bid, i) => ({ n: BigInt(bid.priceCents) * 100n, d: BigInt(qualities[i]!) }));
  const ranks = rank(ratios, "LOWER_IS_BETTER");
  return {
    ok: true,
    scores: bids.map((bid, i) => ({
      label: bid.label,
      priceCents: bid.priceCents,
      qualityScore: bid.qualityScore!,
      points: null,
      centsPerQualityPoint: roundHalfUp(ratios[i]!, 1n),
      rank: ranks[i]!,
    })),
  };
}

/** Non-negative fraction × scale, rounded half up to an integer. */
function roundHalfUp(value: Fraction, scale: bigint): number {
  return Number((2n * value.n * scale + value.d) / (2n * value.d));
}

function compare(a: Fraction, b: Fraction): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left === right ? 0 : left > right ? 1 : -1;
}

function rank(values: readonly Fraction[], order: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER"): number[] {
  const sign = order === "HIGHER_IS_BETTER" ? 1 : -1;
  return values.map((value) => 1 + values.filter((other) => sign * compare(other, value) > 0).length);
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
