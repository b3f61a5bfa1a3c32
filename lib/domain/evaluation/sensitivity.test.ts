import { describe, expect, it } from "vitest";
import { rational, toExactText, type Rational } from "@/lib/domain/rational";
import { evaluateTender } from "./evaluate-tender";
import { analyseSensitivity } from "./sensitivity";
import { award, input, THREE_BIDS } from "./testing/fixtures";

/**
 * Three bids, cost 40 % (F1), quality 40 %, openness 20 %, on 0–5, at 0 %:
 * - A: 1 000 000 (the cheapest: cost share 1 → 40), quality 3 (24), openness 2 (8): 72;
 * - B: 1 250 000 (share 0.8 → 32), quality 5 (40), openness 3 (12): 84, the winner by 12;
 * - C: 2 000 000 (share 0.5 → 20), quality 1 (8), openness 1 (4): 32.
 *
 * Cost weight w, the others rescaled by (100 − w)/60: T_A = w + (100 − w) × 32/60 and
 * T_B = 0.8w + (100 − w) × 52/60, so T_B − T_A = (500 − 8w)/15, zero at w = 62.5: +22.5 pp.
 * Lowering the cost weight only widens B's lead.
 * Quality weight w (cost and openness rescaled by (100 − w)/60): T_A = 0.6w + (100 − w) × 48/60,
 * T_B = w + (100 − w) × 44/60, T_B − T_A = (7w − 100)/15, zero at w = 100/7: −(40 − 100/7) = −180/7 ≈ −25.71 pp.
 * Openness weight w (others rescaled by (100 − w)/80): T_B − T_A = w/10 + 10 > 0 for every w: no change.
 * C never comes close.
 */
const { criteria, bids } = THREE_BIDS;

function sensitivity(robustnessThresholdPp = 10) {
  const evaluation = evaluateTender(input(award(criteria), bids, { method: { robustnessThresholdPp } }));
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  return evaluation.result.lots[0]!.sensitivity;
}

const exact = (value: Rational | null | undefined) => (value ? toExactText(value) : null);

describe("weight sensitivity, worked by hand", () => {
  it("finds the smallest change of each weight that changes the winner", () => {
    const result = sensitivity();
    expect(
      result.criteria.map((c) => [
        c.criterionKey,
        c.applicable,
        exact(c.decrease?.changePp),
        exact(c.decrease?.weight),
        exact(c.increase?.changePp),
        exact(c.increase?.weight),
        c.decrease?.challengerId ?? c.increase?.challengerId ?? null,
      ]),
    ).toEqual([
      ["tco", true, null, null, "45/2", "125/2", "A"],
      ["quality", true, "180/7", "100/7", null, null, "A"],
      ["openness", true, null, null, null, null, null],
    ]);
  });

  it("says the winner is robust when the smallest change is above 10 pp, sensitive at or below the threshold", () => {
    const robust = sensitivity();
    expect(robust.robustness.code).toBe("ROBUST");
    expect(robust.robustness).toMatchObject({ criterionKey: "tco", direction: "INCREASE" });
    expect(sensitivity(25).robustness.code).toBe("SENSITIVE"); // 22.5 ≤ 25
    expect(sensitivity(22.5).robustness.code).toBe("SENSITIVE"); // at the threshold
  });

  it("gives the tornado: B's lead at each weight ± 10 pp, the widest swing first", () => {
    // Cost: (500 − 8w)/15 → 30: 52/3, 50: 20/3 (swing 32/3). Quality: (7w − 100)/15 → 30: 22/3, 50: 50/3 (28/3).
    // Openness: w/10 + 10 → 10: 11, 30: 13 (2). At the published weights the lead is 84 − 72 = 12.
    const result = sensitivity();
    expect(exact(result.baseMargin)).toBe("12");
    expect(result.marginUnit).toBe("POINTS");
    expect(
      result.tornado.map((bar) => [
        bar.criterionKey,
        exact(bar.low.weight),
        exact(bar.low.margin),
        exact(bar.high.weight),
        exact(bar.high.margin),
      ]),
    ).toEqual([
      ["tco", "30", "52/3", "50", "20/3"],
      ["quality", "30", "22/3", "50", "50/3"],
      ["openness", "10", "11", "30", "13"],
    ]);
  });
});

describe("analyseSensitivity edge cases", () => {
  const base = { mode: "TOTAL" as const, robustnessThresholdPp: 10, tornadoStepPp: 10 };

  it("has nothing to say without a winner or with a single bid", () => {
    const one = { id: "A", points: [rational(50), rational(30)], price: rational(1) };
    const criteria = [
      { key: "x", weight: 60 },
      { key: "y", weight: 40 },
    ];
    expect(analyseSensitivity({ ...base, criteria, bids: [one], winnerId: null }).robustness).toEqual({
      code: "NO_WINNER",
    });
    expect(analyseSensitivity({ ...base, criteria, bids: [one], winnerId: "A" }).robustness).toEqual({
      code: "SINGLE_BID",
    });
  });

  it("says STABLE when no single weight from 0 to 100 changes the winner", () => {
    // A beats B on both criteria: no weighting can make B win.
    const criteria = [
      { key: "x", weight: 50 },
      { key: "y", weight: 50 },
    ];
    const result = analyseSensitivity({
      ...base,
      criteria,
      winnerId: "A",
      bids: [
        { id: "A", points: [rational(50), rational(40)], price: rational(1) },
        { id: "B", points: [rational(30), rational(20)], price: rational(1) },
      ],
    });
    expect(result.robustness).toEqual({ code: "STABLE" });
  });

  it("does not move a criterion holding all 100 %, nor F8's cost criterion at 0", () => {
    const result = analyseSensitivity({
      ...base,
      criteria: [
        { key: "cost", weight: 0 },
        { key: "quality", weight: 100 },
      ],
      mode: "PRICE_PER_QUALITY_POINT",
      winnerId: "A",
      bids: [
        { id: "A", points: [rational(0), rational(80)], price: rational(100) },
        { id: "B", points: [rational(0), rational(90)], price: rational(200) },
      ],
    });
    expect(result.criteria.map((c) => c.applicable)).toEqual([false, false]);
    expect(result.robustness).toEqual({ code: "STABLE" });
    // Margin in cents per point: 200/90 − 100/80 = 20/9 − 5/4 = 35/36.
    expect(exact(result.baseMargin)).toBe("35/36");
  });

  it("with F8, finds where P_i × Q_w = P_w × Q_i", () => {
    // Quality 60, sovereignty 40 (cost 0). A: price 100, shares q 0.5, s 1 → Q = 30 + 40 = 70 (1.4286 per point).
    // B: price 120, q 1, s 0.5 → Q = 60 + 20 = 80 (1.5 per point). A wins.
    // Quality weight w: Q_A = 0.5w + (100 − w), Q_B = w + 0.5(100 − w). B wins when 100 × Q_B > 120 × Q_A:
    // 100(50 + 0.5w) > 120(100 − 0.5w) ⇔ 5000 + 50w > 12000 − 60w ⇔ w > 700/11 ≈ 63.64: +(700/11 − 60) = +40/11 pp.
    const result = analyseSensitivity({
      ...base,
      criteria: [
        { key: "cost", weight: 0 },
        { key: "quality", weight: 60 },
        { key: "sovereignty", weight: 40 },
      ],
      mode: "PRICE_PER_QUALITY_POINT",
      winnerId: "A",
      bids: [
        { id: "A", points: [rational(0), rational(30), rational(40)], price: rational(100) },
        { id: "B", points: [rational(0), rational(60), rational(20)], price: rational(120) },
      ],
    });
    const quality = result.criteria[1]!;
    expect([exact(quality.increase?.changePp), exact(quality.increase?.weight), quality.decrease]).toEqual([
      "40/11",
      "700/11",
      null,
    ]);
    expect(result.robustness).toMatchObject({ code: "SENSITIVE", criterionKey: "quality", direction: "INCREASE" });
  });
});
