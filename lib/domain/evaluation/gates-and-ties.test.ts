import { describe, expect, it } from "vitest";
import { toExactText } from "@/lib/domain/rational";
import type { Criterion } from "@/lib/domain/tender/criteria-tree";
import { DEFAULT_SOVEREIGNTY_WEIGHTS, SOVEREIGNTY_OBJECTIVES } from "@/lib/domain/tender/sovereignty";
import { evaluateTender } from "./evaluate-tender";
import type { EvaluationBid, EvaluationInput, EvaluationSovereigntyProfile } from "./evaluation-input";
import { award, bid, input, openness, quality } from "./testing/fixtures";

/**
 * At 0 % (prices are the amounts). Cost 40 % F1; quality 50 % (usability 30 points, support 20);
 * openness 10 %, on 0–5. Quality points: A (4, 3, 5) = 24 + 12 + 10 = 46; B (5, 5, 4) = 58;
 * C (3, 3, 3) = 36. Prices: A 2 000 000, B 2 500 000, C 3 000 000.
 */
const f1: Criterion = { key: "tco", name: "Cost", kind: "COST", weight: 40, costFormula: "F1" };

const A = bid("A", 2_000_000, { usability: 4, support: 3, openness: 5 });
const B = bid("B", 2_500_000, { usability: 5, support: 5, openness: 4 });
const C = bid("C", 3_000_000, { usability: 3, support: 3, openness: 3 });

function run(criteria: Criterion[], bids: EvaluationBid[], extra: Partial<EvaluationInput> = {}, settings = {}) {
  const evaluation = evaluateTender(input(award(criteria, settings), bids, extra));
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  return evaluation.result.lots[0]!;
}

const summary = (lot: ReturnType<typeof run>) =>
  lot.bids.map((b) => [b.bidId, b.admissible, b.totalPoints === null ? null : toExactText(b.totalPoints), b.rank]);

describe("gates come before price", () => {
  it("excludes a bid below a criterion's minimum score, and lists why", () => {
    const tree = [f1, quality, { ...openness, minimumScore: 4 }];
    const lot = run(tree, [A, B, C]);
    // C's openness is 3 < 4. A stays the cheapest: A 46 + 40 = 86; B 58 + 40 × 2 000 000 / 2 500 000 = 58 + 32 = 90.
    expect(summary(lot)).toEqual([
      ["A", true, "86", 2],
      ["B", true, "90", 1],
      ["C", false, null, null],
    ]);
    const failures = lot.bids[2]!.gateFailures.map((f) => ({
      ...f,
      score: "score" in f ? toExactText(f.score) : null,
    }));
    expect(failures).toEqual([{ gate: "CRITERION_MINIMUM", criterionKey: "openness", score: "3", minimum: 4 }]);
  });

  it("excludes bids below the minimum quality points before the formula: Pmin is then B's", () => {
    // Minimum 50: A (46) and C (36) are out. B alone is the cheapest admissible bid: 58 + 40 = 98.
    const lot = run([f1, quality, openness], [A, B, C], {}, { minimumQualityPoints: 50 });
    expect(summary(lot)).toEqual([
      ["A", false, null, null],
      ["B", true, "98", 1],
      ["C", false, null, null],
    ]);
    expect(lot.bids[0]!.gateFailures.map((f) => f.gate)).toEqual(["QUALITY_POINTS_MINIMUM"]);
    // Excluded bids keep their quality points, for the report, but have no cost points.
    expect([toExactText(lot.bids[0]!.qualityPoints), lot.bids[0]!.costPoints]).toEqual(["46", null]);
  });

  it("excludes a bid the authority excluded, with its reason, even if never scored", () => {
    const excluded: EvaluationBid = { ...C, scores: [], exclusion: { reason: "Exclusion ground Art. 57(4)(b)" } };
    const lot = run([f1, quality, openness], [A, B, excluded]);
    expect(lot.bids[2]!.gateFailures).toEqual([
      { gate: "EXCLUDED_BY_AUTHORITY", reason: "Exclusion ground Art. 57(4)(b)" },
    ]);
    expect(lot.ranking.map((entry) => entry.bidId)).toEqual(["B", "A"]);
  });

  describe("the sovereignty gate (from lib/domain/assessment)", () => {
    const minimumSeal = Object.fromEntries(
      SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, { seal: objective === "SOV-2" ? 2 : 0 }]),
    ) as EvaluationSovereigntyProfile["minimumSeal"];
    const profile = (gateMode: "EXCLUDE" | "FLAG"): EvaluationSovereigntyProfile => ({
      weights: DEFAULT_SOVEREIGNTY_WEIGHTS,
      minimumSeal,
      gateMode,
    });
    // A claims SEAL-3 on SOV-2 but an evaluator lowered it to 1: below the minimum of 2.
    const lowered = { ...A, sovereignty: { "SOV-2": { claimed: 3 as const, reviewed: 1 as const } } };
    const met = (b: EvaluationBid) => ({ ...b, sovereignty: { "SOV-2": { claimed: 2 as const, reviewed: null } } });

    it("excludes a bid below a minimum, on the evaluator's level rather than the claim", () => {
      const lot = run([f1, quality, openness], [lowered, met(B), met(C)], { sovereignty: profile("EXCLUDE") });
      expect(lot.bids[0]!.gateFailures).toEqual([{ gate: "SOVEREIGNTY_MINIMUM", objectives: ["SOV-2"] }]);
      // B is now the cheapest: 58 + 40 = 98; C: 36 + 40 × 2 500 000 / 3 000 000 = 36 + 100/3 = 208/3.
      expect(summary(lot).slice(1)).toEqual([
        ["B", true, "98", 1],
        ["C", true, "208/3", 2],
      ]);
    });

    it("only flags it when the tender chose so", () => {
      const lot = run([f1, quality, openness], [lowered, met(B), met(C)], { sovereignty: profile("FLAG") });
      expect([lot.bids[0]!.admissible, lot.bids[0]!.sovereigntyFlagged, lot.bids[0]!.rank]).toEqual([true, true, 2]);
    });

    it("gives sovereignty points Σ weight × level / 4, scaled to the criterion's weight", () => {
      // Cost 40, quality 40 (usability 24, support 16 points), sovereignty 20 (default weights 15/10/10/15/20/15/10/5).
      // A: SOV-1 at 4 and SOV-5 at 2, the rest 0 → (15 × 4 + 20 × 2) / 4 = 25 % → 20 × 25 / 100 = 5 points.
      const tree: Criterion[] = [
        f1,
        { ...quality, weight: 40 },
        { key: "sov", name: "Sovereignty", kind: "SOVEREIGNTY", weight: 20 },
      ];
      const levels = {
        "SOV-1": { claimed: 4 as const, reviewed: null },
        "SOV-5": { claimed: 2 as const, reviewed: null },
      };
      const alone = bid("A", 2_000_000, { usability: 4, support: 3 }, { sovereignty: levels });
      const lot = run(tree, [alone], { sovereignty: profile("FLAG") });
      const a = lot.bids[0]!;
      expect([toExactText(a.sovereignty!.scorePercent), a.sovereignty!.overallSeal]).toEqual(["25", 0]);
      // Quality: 24 × 4/5 + 16 × 3/5 = 19.2 + 9.6 = 28.8; with sovereignty 5 → 33.8 quality points.
      expect(a.points.find((p) => p.criterionKey === "sov")!.points).toEqual({ n: 5n, d: 1n });
      expect(toExactText(a.qualityPoints)).toBe("169/5");
    });
  });
});

describe("ties (decisions.md)", () => {
  it("equal totals: the higher quality points win", () => {
    // D: 2 500 000 → 40 × 2 000 000 / 2 500 000 = 32 cost points; scores 5, 5, 2 → 30 + 20 + 4 = 54; total 86 = A's.
    const D = bid("D", 2_500_000, { usability: 5, support: 5, openness: 2 });
    const lot = run([f1, quality, openness], [A, D]);
    expect(summary(lot)).toEqual([
      ["A", true, "86", 2],
      ["D", true, "86", 1],
    ]);
    expect(lot.outcome).toEqual({ kind: "WINNER", bidId: "D", decidedBy: "QUALITY_POINTS" });
  });

  it("equal totals and quality: the lower TCO wins (F5, both at or below the floor, get all 40 points)", () => {
    const f5: Criterion = { ...f1, costFormula: "F5", referencePriceCents: 4_000_000, floorPriceCents: 2_500_000 };
    const twin = bid("E", 2_400_000, { usability: 4, support: 3, openness: 5 });
    const lot = run([f5, quality, openness], [twin, A]);
    expect(summary(lot)).toEqual([
      ["A", true, "86", 1],
      ["E", true, "86", 2],
    ]);
    expect(lot.outcome).toEqual({ kind: "WINNER", bidId: "A", decidedBy: "TCO" });
  });

  it("equal in everything: reported as an unresolved tie, both at rank 1, no winner", () => {
    const twin = bid("F", 2_000_000, { usability: 4, support: 3, openness: 5 });
    const lot = run([f1, quality, openness], [A, twin, C]);
    expect(lot.outcome).toEqual({ kind: "UNRESOLVED_TIE", bidIds: ["A", "F"] });
    expect(lot.ranking.map((entry) => [entry.bidId, entry.rank, entry.placedBy])).toEqual([
      ["A", 1, "FIRST"],
      ["F", 1, "UNRESOLVED"],
      ["C", 3, "TOTAL"],
    ]);
    expect(lot.sensitivity.robustness).toEqual({ code: "NO_WINNER" });
  });
});
