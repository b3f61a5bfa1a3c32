import { describe, expect, it } from "vitest";
import { rational, type Rational } from "@/lib/domain/rational";
import { rankContenders, type Contender } from "./ranking";

const bid = (id: string, value: Rational | null, quality: number, tco: number): Contender => ({
  id,
  value,
  qualityPoints: rational(quality),
  tco: rational(tco),
});

describe("rankContenders by total", () => {
  it("orders by the unrounded total: 200/3 beats 66.66 although both show as 66.67 and 66.66", () => {
    // 200/3 = 66.666…, 6666/100 = 66.66.
    const ranking = rankContenders(
      [bid("A", rational(6666, 100), 40, 100), bid("B", rational(200, 3), 40, 100)],
      "TOTAL",
    );
    expect(ranking.entries).toEqual([
      { bidId: "B", rank: 1, placedBy: "FIRST" },
      { bidId: "A", rank: 2, placedBy: "TOTAL" },
    ]);
    expect(ranking.outcome).toEqual({ kind: "WINNER", bidId: "B", decidedBy: "TOTAL" });
  });

  it("equal totals: the higher quality points win", () => {
    // Both 80 points; A has 50 quality points (30 for cost), B 55 (25 for cost).
    const ranking = rankContenders([bid("A", rational(80), 50, 100), bid("B", rational(80), 55, 120)], "TOTAL");
    expect(ranking.entries.map((entry) => [entry.bidId, entry.rank, entry.placedBy])).toEqual([
      ["B", 1, "FIRST"],
      ["A", 2, "QUALITY_POINTS"],
    ]);
    expect(ranking.outcome).toEqual({ kind: "WINNER", bidId: "B", decidedBy: "QUALITY_POINTS" });
  });

  it("equal totals and quality: the lower TCO wins", () => {
    const ranking = rankContenders([bid("A", rational(80), 50, 120), bid("B", rational(80), 50, 100)], "TOTAL");
    expect(ranking.outcome).toEqual({ kind: "WINNER", bidId: "B", decidedBy: "TCO" });
  });

  it("equal in everything: a shared rank and an unresolved tie, never broken by the order given", () => {
    const ranking = rankContenders(
      [bid("C", rational(70), 40, 90), bid("A", rational(80), 50, 100), bid("B", rational(80), 50, 100)],
      "TOTAL",
    );
    expect(ranking.entries).toEqual([
      { bidId: "A", rank: 1, placedBy: "FIRST" },
      { bidId: "B", rank: 1, placedBy: "UNRESOLVED" },
      { bidId: "C", rank: 3, placedBy: "TOTAL" },
    ]);
    expect(ranking.outcome).toEqual({ kind: "UNRESOLVED_TIE", bidIds: ["A", "B"] });
    expect(ranking.unresolvedTies).toEqual([{ rank: 1, bidIds: ["A", "B"] }]);
  });

  it("reports a tie further down without touching the winner", () => {
    const ranking = rankContenders(
      [bid("A", rational(90), 50, 100), bid("B", rational(80), 50, 100), bid("C", rational(80), 50, 100)],
      "TOTAL",
    );
    expect(ranking.outcome).toEqual({ kind: "WINNER", bidId: "A", decidedBy: "TOTAL" });
    expect(ranking.unresolvedTies).toEqual([{ rank: 2, bidIds: ["B", "C"] }]);
  });

  it("has no outcome without admissible bids, and a winner without a runner-up", () => {
    expect(rankContenders([], "TOTAL").outcome).toEqual({ kind: "NO_ADMISSIBLE_BID" });
    expect(rankContenders([bid("A", rational(10), 10, 1)], "TOTAL").outcome).toEqual({
      kind: "WINNER",
      bidId: "A",
      decidedBy: null,
    });
  });
});

describe("rankContenders by price per quality point (F8)", () => {
  it("puts the lowest price per point first and a bid without quality points last", () => {
    // A: 100 000 / 60 = 1 666.67; B: 125 000 / 80 = 1 562.5; C: no quality points.
    const ranking = rankContenders(
      [
        bid("A", rational(100_000, 60), 60, 100_000),
        bid("C", null, 0, 50_000),
        bid("B", rational(125_000, 80), 80, 125_000),
      ],
      "PRICE_PER_QUALITY_POINT",
    );
    expect(ranking.entries.map((entry) => entry.bidId)).toEqual(["B", "A", "C"]);
  });

  it("equal ratios: the higher quality points win", () => {
    // 100 000 / 50 = 2 000 = 120 000 / 60.
    const ranking = rankContenders(
      [bid("A", rational(100_000, 50), 50, 100_000), bid("B", rational(120_000, 60), 60, 120_000)],
      "PRICE_PER_QUALITY_POINT",
    );
    expect(ranking.outcome).toEqual({ kind: "WINNER", bidId: "B", decidedBy: "QUALITY_POINTS" });
  });
});
