import { describe, expect, it } from "vitest";
import { toExactText, type Rational } from "@/lib/domain/rational";
import type { Criterion } from "@/lib/domain/tender/criteria-tree";
import { evaluateTender } from "./evaluate-tender";
import type { EvaluationBid, EvaluationInput } from "./evaluation-input";
import type { LotEvaluation } from "./evaluation-result";
import { award, bid, input, openness, quality } from "./testing/fixtures";

/**
 * The worked example (docs/evaluation.md), at 5 % with no internal costs:
 * - A: 21 000.00 in year 1 → 2 100 000 / 1.05 = 2 000 000 cents;
 * - B: 25 000.00 in year 1 → 2 500 000 / 1.05 = 50 000 000 / 21 = 2 380 952.38… cents (not whole cents);
 * - C: 10 000.00 in year 0 and 22 050.00 in year 2 → 1 000 000 + 2 205 000 / 1.1025 = 3 000 000 cents.
 * Criteria: cost 40 %; quality 50 % (usability 60 %, support 40 %, i.e. 30 and 20 points); openness 10 %.
 * Consensus scores on 0–5 (usability, support, openness): A 4, 3, 5; B 5, 5, 4; C 3, 3, 3. So
 * A: 30×4/5 + 20×3/5 + 10×5/5 = 24 + 12 + 10 = 46 quality points; B: 30 + 20 + 8 = 58; C: 18 + 12 + 6 = 36.
 */
const cost = (extra: Partial<Criterion>): Criterion => ({
  key: "tco",
  name: "Total cost of ownership",
  kind: "COST",
  weight: 40,
  costFormula: "F1",
  ...extra,
});

const A = bid("A", 2_100_000, { usability: 4, support: 3, openness: 5 });
const B = bid("B", 2_500_000, { usability: 5, support: 5, openness: 4 });
const C = bid(
  "C",
  0,
  { usability: 3, support: 3, openness: 3 },
  {
    costLines: [
      { category: "IMPLEMENTATION", year: 0, amountCents: 1_000_000, note: "" },
      { category: "SUPPORT_MAINTENANCE", year: 2, amountCents: 2_205_000, note: "" },
    ],
  },
);

function evaluate(criteria: Criterion[], bids: EvaluationBid[] = [A, B, C], extra: Partial<EvaluationInput> = {}) {
  const evaluation = evaluateTender(input(award(criteria, { discountRatePercent: 5 }), bids, extra));
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  return evaluation.result;
}

const exact = (value: Rational | null) => (value === null ? null : toExactText(value));
const pointsOf = (lot: LotEvaluation, bidId: string) =>
  Object.fromEntries(lot.bids.find((b) => b.bidId === bidId)!.points.map((p) => [p.criterionKey, exact(p.points)]));
const totals = (lot: LotEvaluation) => lot.bids.map((b) => [b.bidId, exact(b.totalPoints), b.rank]);

describe("evaluateTender: points through a two-level tree", () => {
  it("multiplies the weights down the tree: usability 50 × 60 / 100 = 30 points, support 20", () => {
    const result = evaluate([cost({}), quality, openness]);
    expect(result.criteria.map((c) => [c.key, c.parentKey, exact(c.share), c.scoring])).toEqual([
      ["tco", null, "40", "COST_FORMULA"],
      ["quality", null, "50", "SUB_CRITERIA"],
      ["usability", "quality", "30", "EVALUATORS"],
      ["support", "quality", "20", "EVALUATORS"],
      ["openness", null, "10", "EVALUATORS"],
    ]);
  });

  it("F1 on discounted TCOs: B's 2 380 952.38… cents scores 40 × 2 000 000 × 21 / 50 000 000 = 33.6", () => {
    const [lot] = evaluate([cost({ costFormula: "F1" }), quality, openness]).lots;
    expect(exact(lot!.bids[1]!.tco.combined)).toBe("50000000/21");
    // A is the cheapest: 40. C: 40 × 2 000 000 / 3 000 000 = 80/3.
    expect(pointsOf(lot!, "A")).toEqual({ tco: "40", quality: "36", usability: "24", support: "12", openness: "10" });
    expect(pointsOf(lot!, "B")).toEqual({ tco: "168/5", quality: "50", usability: "30", support: "20", openness: "8" });
    expect(pointsOf(lot!, "C")).toEqual({ tco: "80/3", quality: "30", usability: "18", support: "12", openness: "6" });
    // Totals: A 46 + 40 = 86; B 58 + 33.6 = 91.6 = 458/5; C 36 + 80/3 = 188/3.
    expect(totals(lot!)).toEqual([
      ["A", "86", 2],
      ["B", "458/5", 1],
      ["C", "188/3", 3],
    ]);
    expect(lot!.outcome).toEqual({ kind: "WINNER", bidId: "B", decidedBy: "TOTAL" });
  });

  it("F2: B gets 40 × (3 000 000 − 50 000 000/21) / 1 000 000 = 40 × 13/21 = 520/21, and A wins", () => {
    const [lot] = evaluate([cost({ costFormula: "F2" }), quality, openness]).lots;
    // A 46 + 40 = 86; B 58 + 520/21 = 1738/21 ≈ 82.76; C 36 + 0.
    expect(totals(lot!)).toEqual([
      ["A", "86", 1],
      ["B", "1738/21", 2],
      ["C", "36", 3],
    ]);
  });

  it("F5 against B = 35 000.00 and Bfloor = 15 000.00: A 40 × 1 500 000 / 2 000 000 = 30", () => {
    const f5 = cost({ costFormula: "F5", referencePriceCents: 3_500_000, floorPriceCents: 1_500_000 });
    const [lot] = evaluate([f5, quality, openness]).lots;
    // B: 40 × (3 500 000 − 50 000 000/21) / 2 000 000 = 40 × 47/84 = 470/21; C: 40 × 500 000 / 2 000 000 = 10.
    expect(pointsOf(lot!, "B").tco).toBe("470/21");
    // A 46 + 30 = 76; B 58 + 470/21 = 1688/21 ≈ 80.38; C 36 + 10 = 46.
    expect(totals(lot!)).toEqual([
      ["A", "76", 2],
      ["B", "1688/21", 1],
      ["C", "46", 3],
    ]);
  });

  it("F8: the lowest discounted TCO per quality point wins; the cost criterion has no points", () => {
    // Weights: cost 0; quality 80 (usability 48, support 32 points); openness 20.
    // A: 48×4/5 + 32×3/5 + 20 = 38.4 + 19.2 + 20 = 77.6 → 2 000 000 / 77.6 = 2 500 000/97 ≈ 25 773.20 cents per point.
    // B: 48 + 32 + 16 = 96 → (50 000 000/21) / 96 = 1 562 500/63 ≈ 24 801.59. C: 28.8 + 19.2 + 12 = 60 → 50 000.
    const result = evaluate([
      cost({ costFormula: "F8", weight: 0 }),
      { ...quality, weight: 80 },
      { ...openness, weight: 20 },
    ]);
    const lot = result.lots[0]!;
    expect(lot.bids.map((b) => [b.bidId, exact(b.qualityPoints), exact(b.pricePerQualityPoint), b.rank])).toEqual([
      ["A", "388/5", "2500000/97", 2],
      ["B", "96", "1562500/63", 1],
      ["C", "60", "50000", 3],
    ]);
    expect(pointsOf(lot, "A").tco).toBeNull();
    expect(exact(lot.bids[0]!.totalPoints)).toBe("388/5");
  });

  it("counts the authority's internal costs in P, and keeps them apart", () => {
    // 105 000 cents in year 1 → 100 000. B: P = 50 000 000/21 + 100 000 = 52 100 000/21; A: 2 100 000 (the lowest).
    // B's points: 40 × 2 100 000 × 21 / 52 100 000 = 40 × 441/521 = 17 640/521.
    const internalCosts = [{ category: "INTERNAL_STAFF" as const, year: 1, amountCents: 105_000, note: "" }];
    const [lot] = evaluate([cost({}), quality, openness], [A, B, C], { internalCosts }).lots;
    const b = lot!.bids[1]!;
    expect([exact(b.tco.bidder), exact(b.tco.internal), exact(b.tco.combined), b.tco.internalCostsSource]).toEqual([
      "50000000/21",
      "100000",
      "52100000/21",
      "TENDER",
    ]);
    expect(exact(b.costPoints)).toBe("17640/521");
  });
});

describe("evaluateTender: lots", () => {
  it("ranks each lot on its own bids, with the formula's Pmin taken within the lot", () => {
    const lots = [
      { key: "LOT-1", title: "Software" },
      { key: "LOT-2", title: "Hosting" },
    ];
    const bids = [
      { ...A, lotKey: "LOT-1" },
      { ...B, lotKey: "LOT-1" },
      { ...C, lotKey: "LOT-2" },
    ];
    const result = evaluate([cost({}), quality, openness], bids, { lots });
    expect(result.lots.map((lot) => [lot.lotKey, lot.outcome])).toEqual([
      ["LOT-1", { kind: "WINNER", bidId: "B", decidedBy: "TOTAL" }],
      // C alone in its lot is the cheapest there: 36 + 40.
      ["LOT-2", { kind: "WINNER", bidId: "C", decidedBy: null }],
    ]);
    expect(exact(result.lots[1]!.bids[0]!.totalPoints)).toBe("76");
  });
});
