import { describe, expect, it } from "vitest";
import { scoreCosts, workedExample, type CostBid, type CostFormula } from "./cost-formulas";

const summary = (formula: CostFormula, maxPoints?: number) =>
  workedExample(formula, maxPoints).scores.map((s) => [s.label, s.points ?? s.centsPerQualityPoint, s.rank]);

describe("worked examples (bids A EUR 100,000, B 125,000, C 160,000)", () => {
  it.each<[CostFormula, number, (string | number)[][]]>([
    // F1: 100 × 100/100 = 100; 100 × 100/125 = 80; 100 × 100/160 = 62.5
    [
      "F1",
      100,
      [
        ["A", 100, 1],
        ["B", 80, 2],
        ["C", 62.5, 3],
      ],
    ],
    // 40 × 100/125 = 32; 40 × 100/160 = 25
    [
      "F1",
      40,
      [
        ["A", 40, 1],
        ["B", 32, 2],
        ["C", 25, 3],
      ],
    ],
    // F2: 100 × (160 − 125)/(160 − 100) = 100 × 35/60 = 58.333… → 58.33; the dearest gets 0
    [
      "F2",
      100,
      [
        ["A", 100, 1],
        ["B", 58.33, 2],
        ["C", 0, 3],
      ],
    ],
    // 40 × 35/60 = 23.333… → 23.33
    [
      "F2",
      40,
      [
        ["A", 40, 1],
        ["B", 23.33, 2],
        ["C", 0, 3],
      ],
    ],
    // F5, B = 200,000, floor = 100,000: (200 − 100)/100 = 1; (200 − 125)/100 = 0.75; (200 − 160)/100 = 0.4
    [
      "F5",
      100,
      [
        ["A", 100, 1],
        ["B", 75, 2],
        ["C", 40, 3],
      ],
    ],
    [
      "F5",
      40,
      [
        ["A", 40, 1],
        ["B", 30, 2],
        ["C", 16, 3],
      ],
    ],
    // F8, quality 60/80/90: 10,000,000/60 = 166,666.67 → 166,667 cents; 12,500,000/80 = 156,250;
    // 16,000,000/90 = 177,777.78 → 177,778. B, dearer than A, wins on value.
    [
      "F8",
      100,
      [
        ["A", 166_667, 2],
        ["B", 156_250, 1],
        ["C", 177_778, 3],
      ],
    ],
  ])("%s with Smax %i", (formula, maxPoints, expected) => {
    expect(summary(formula, maxPoints)).toEqual(expected);
  });

  it("states the formula, its parameters and the sample data", () => {
    expect(workedExample("F5", 30)).toMatchObject({
      formula: "F5",
      expression: "S = Smax × clamp((B − P) / (B − Bfloor), 0, 1)",
      maxPoints: 30,
      referencePriceCents: 20_000_000,
      floorPriceCents: 10_000_000,
    });
    expect(workedExample("F1")).toMatchObject({ maxPoints: 100, referencePriceCents: null, floorPriceCents: null });
    expect(workedExample("F8")).toMatchObject({ maxPoints: null, expression: "R = P / Q" });
    expect(workedExample("F8").scores[0]).toEqual({
      label: "A",
      priceCents: 10_000_000,
      qualityScore: 60,
      points: null,
      centsPerQualityPoint: 166_667,
      rank: 2,
    });
  });
});

describe("scoreCosts edge cases", () => {
  const bids = (...prices: number[]): CostBid[] => prices.map((priceCents, i) => ({ label: `${i + 1}`, priceCents }));
  const points = (formula: CostFormula, prices: number[], params = { maxPoints: 100 }) => {
    const result = scoreCosts(formula, bids(...prices), params);
    return result.ok ? result.scores.map((s) => [s.points, s.rank]) : result.code;
  };

  it("F2 gives everyone Smax when all prices are equal", () => {
    expect(points("F2", [5_000, 5_000])).toEqual([
      [100, 1],
      [100, 1],
    ]);
  });

  it("F1 shares a rank on equal prices and rounds half up", () => {
    // 100 × 8/9 = 88.888… → 88.89; 100 × 8/16 = 50
    expect(points("F1", [800, 800, 900, 1_600])).toEqual([
      [100, 1],
      [100, 1],
      [88.89, 3],
      [50, 4],
    ]);
    // 1 × 200/1,600 = 0.125 exactly → 0.13 (half up, not to even)
    expect(points("F1", [200, 1_600], { maxPoints: 1 })).toEqual([
      [1, 1],
      [0.13, 2],
    ]);
  });

  it("F5 clamps below the floor and above the reference", () => {
    const params = { maxPoints: 100, referencePriceCents: 20_000, floorPriceCents: 10_000 };
    // 9,000 ≤ floor → 100; 10,000 = floor → 100; 10,001 → 100 × 9,999/10,000 = 99.99;
    // 19,999 → 100 × 1/10,000 = 0.01; 20,000 = B → 0; 21,000 > B → 0
    expect(points("F5", [9_000, 10_000, 10_001, 19_999, 20_000, 21_000], params)).toEqual([
      [100, 1],
      [100, 1],
      [99.99, 3],
      [0.01, 4],
      [0, 5],
      [0, 5],
    ]);
  });

  it.each<[CostFormula, number[], object, string]>([
    ["F1", [], { maxPoints: 100 }, "costFormula.noBids"],
    ["F1", [0, 100], { maxPoints: 100 }, "costFormula.invalidPrice"],
    ["F2", [100.5], { maxPoints: 100 }, "costFormula.invalidPrice"],
    ["F1", [100], { maxPoints: 40.5 }, "costFormula.invalidMaxPoints"],
    ["F5", [100], { maxPoints: 100 }, "costFormula.invalidReference"],
    ["F5", [100], { maxPoints: 100, referencePriceCents: 100, floorPriceCents: 100 }, "costFormula.invalidReference"],
    ["F8", [100], { maxPoints: 100 }, "costFormula.invalidQuality"],
  ])("%s with prices %j and %j fails with %s", (formula, prices, params, code) => {
    expect(points(formula, prices, params as { maxPoints: number })).toBe(code);
  });

  it("F8 refuses a zero quality score", () => {
    const result = scoreCosts("F8", [{ label: "A", priceCents: 100, qualityScore: 0 }], { maxPoints: 0 });
    expect(result).toEqual({ ok: false, code: "costFormula.invalidQuality" });
  });
});
