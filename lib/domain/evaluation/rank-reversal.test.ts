import { describe, expect, it } from "vitest";
import type { Criterion } from "@/lib/domain/tender/criteria-tree";
import { evaluateTender } from "./evaluate-tender";
import { award, bid, input } from "./testing/fixtures";

/**
 * The classic case of a relative formula: cost 40 % and quality 60 % on 0–10 (6 points per
 * score), at 0 %. Z is cheap and poor, X and Y compete:
 * - Z: 500 000, score 2 → 12 quality points;
 * - X: 1 000 000, score 7 → 42;
 * - Y: 1 250 000, score 8 → 48.
 */
const quality: Criterion = { key: "quality", name: "Quality", kind: "QUALITY", weight: 60 };
const bids = [
  bid("Z", 500_000, { quality: 2 }, { receiptNumber: 1 }),
  bid("X", 1_000_000, { quality: 7 }, { receiptNumber: 2 }),
  bid("Y", 1_250_000, { quality: 8 }, { receiptNumber: 3 }),
];

function lotWith(formula: "F1" | "F2" | "F5") {
  const tco: Criterion = { key: "tco", name: "Cost", kind: "COST", weight: 40, costFormula: formula };
  if (formula === "F5") Object.assign(tco, { referencePriceCents: 2_000_000, floorPriceCents: 0 });
  const evaluation = evaluateTender(input(award([tco, quality], { qualityScale: { max: 10, descriptors: [] } }), bids));
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  return evaluation.result.lots[0]!;
}

describe("rank-reversal check", () => {
  it("F1: removing the cheap third bid swaps the first two", () => {
    // With Z, Pmin = 500 000: Z 12 + 40 = 52; X 42 + 40 × 0.5 = 62; Y 48 + 40 × 0.4 = 64. Y wins.
    // Without Z, Pmin = 1 000 000: X 42 + 40 = 82; Y 48 + 32 = 80. X wins.
    const lot = lotWith("F1");
    expect(lot.ranking.map((entry) => entry.bidId)).toEqual(["Y", "X", "Z"]);
    expect(lot.rankReversal).toEqual({
      formula: "F1",
      flipCount: 1,
      removals: [
        {
          removedBidId: "Z",
          recomputed: true,
          flips: [{ before: "Y", after: "X" }],
          winnerAfter: "X",
          winnerChanged: true,
        },
        // Pmin stays Z's: nothing can move.
        { removedBidId: "X", recomputed: false, flips: [], winnerAfter: "Y", winnerChanged: false },
        // Without the winner the next one wins; that is no reversal.
        { removedBidId: "Y", recomputed: false, flips: [], winnerAfter: "X", winnerChanged: false },
      ],
    });
  });

  it("F2: removing the dearest bid reorders the two others", () => {
    // Pmin 500 000, Pmax 1 250 000: Z 12 + 40 = 52; X 42 + 40 × 250/750 = 166/3 ≈ 55.33; Y 48 + 0. X wins.
    // Without Y, Pmax = 1 000 000: Z 52, X 42 + 0: Z before X. Without Z: X 42 + 40 = 82, Y 48: no flip.
    const lot = lotWith("F2");
    expect(lot.ranking.map((entry) => entry.bidId)).toEqual(["X", "Z", "Y"]);
    expect(
      lot.rankReversal!.removals.map((r) => [r.removedBidId, r.recomputed, r.flips, r.winnerAfter, r.winnerChanged]),
    ).toEqual([
      ["Z", true, [], "X", false],
      ["X", false, [], "Z", false],
      ["Y", true, [{ before: "X", after: "Z" }], "Z", true],
    ]);
  });

  it("is not run for F5, which scores each bid on its own", () => {
    expect(lotWith("F5").rankReversal).toBeNull();
  });
});
