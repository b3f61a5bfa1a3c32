import { describe, expect, it } from "vitest";
import type { BidContent, CostLine, StandardAnswer } from "./bid-model";
import { checkBidAgainstTender, type BidTenderContext } from "./check-bid-against-tender";

function bid(overrides: Partial<BidContent> = {}): BidContent {
  return {
    bidder: {
      name: "Codeworks Coop",
      country: "BE",
      registrationId: "BE0123456789",
      isSme: true,
      contactName: "",
      contactEmail: "",
    },
    lotKey: null,
    solution: "",
    claimsOpenSource: false,
    costLines: [],
    components: [],
    sovereigntyClaims: {},
    standardAnswers: [],
    ...overrides,
  };
}

const line = (year: number): CostLine => ({ category: "HOSTING", year, amountCents: 100, note: "" });
const answer = (standardId: string): StandardAnswer => ({ standardId, answer: "MET", evidence: "" });

const NO_LOTS: BidTenderContext = { tcoHorizonYears: 4, lotKeys: [], requiredStandardIds: [] };

describe("checkBidAgainstTender", () => {
  it("accepts years 0 (start) to N + 1 (exit period)", () => {
    const content = bid({ costLines: [line(0), line(1), line(4), line(5)] });
    expect(checkBidAgainstTender(content, NO_LOTS)).toEqual([]);
  });

  it("refuses a year after the exit period, on the line's year field", () => {
    // N = 4: t = 6 is one year past N + 1 = 5.
    const content = bid({ costLines: [line(0), line(6), line(5)] });
    expect(checkBidAgainstTender(content, NO_LOTS)).toEqual([
      {
        code: "bid.yearOutsideHorizon",
        severity: "error",
        path: "costLines.1.year",
        values: { year: 6, maxYear: 5, horizon: 4 },
      },
    ]);
  });

  it("does not check years when the tender has no horizon yet", () => {
    const content = bid({ costLines: [line(40)] });
    expect(checkBidAgainstTender(content, { ...NO_LOTS, tcoHorizonYears: null })).toEqual([]);
  });

  describe("lots", () => {
    const withLots: BidTenderContext = { ...NO_LOTS, lotKeys: ["LOT-1", "LOT-2"] };

    it("requires a lot when the tender has lots", () => {
      expect(checkBidAgainstTender(bid(), withLots)).toEqual([
        { code: "bid.lotRequired", severity: "error", path: "lotKey" },
      ]);
    });

    it("accepts one of the tender's lots", () => {
      expect(checkBidAgainstTender(bid({ lotKey: "LOT-2" }), withLots)).toEqual([]);
    });

    it("refuses a lot the tender does not have, naming the lots it has", () => {
      expect(checkBidAgainstTender(bid({ lotKey: "LOT-3" }), withLots)).toEqual([
        { code: "bid.lotUnknown", severity: "error", path: "lotKey", values: { lot: "LOT-3", lots: "LOT-1, LOT-2" } },
      ]);
    });

    it("refuses a lot when the tender has none", () => {
      expect(checkBidAgainstTender(bid({ lotKey: "LOT-1" }), NO_LOTS)).toEqual([
        { code: "bid.lotNotExpected", severity: "error", path: "lotKey", values: { lot: "LOT-1" } },
      ]);
    });
  });

  describe("open standards", () => {
    const requiring: BidTenderContext = { ...NO_LOTS, requiredStandardIds: ["ODF-1.3", "PDF-A-2"] };

    it("accepts one answer per required standard, in any order", () => {
      const content = bid({ standardAnswers: [answer("PDF-A-2"), answer("ODF-1.3")] });
      expect(checkBidAgainstTender(content, requiring)).toEqual([]);
    });

    it("refuses an answer on a standard the tender does not require and a second answer on one", () => {
      const content = bid({
        standardAnswers: [answer("ODF-1.3"), answer("OPENAPI-3.1"), answer("PDF-A-2"), answer("ODF-1.3")],
      });
      expect(checkBidAgainstTender(content, requiring)).toEqual([
        {
          code: "bid.standardNotRequired",
          severity: "error",
          path: "standardAnswers.1.standardId",
          values: { standard: "OPENAPI-3.1" },
        },
        {
          code: "bid.standardAnsweredTwice",
          severity: "error",
          path: "standardAnswers.3.standardId",
          values: { standard: "ODF-1.3" },
        },
      ]);
    });

    it("warns, without refusing, about a required standard left unanswered", () => {
      const content = bid({ standardAnswers: [answer("ODF-1.3")] });
      expect(checkBidAgainstTender(content, requiring)).toEqual([
        {
          code: "bid.standardUnanswered",
          severity: "warning",
          path: "standardAnswers",
          values: { standard: "PDF-A-2" },
        },
      ]);
    });

    it("refuses any answer when the tender requires no standard", () => {
      const problems = checkBidAgainstTender(bid({ standardAnswers: [answer("ODF-1.3")] }), NO_LOTS);
      expect(problems.map((problem) => problem.code)).toEqual(["bid.standardNotRequired"]);
    });
  });

  it("reports years, lot and standards together, in that order", () => {
    const content = bid({ costLines: [line(9)], lotKey: "LOT-9", standardAnswers: [answer("X")] });
    const problems = checkBidAgainstTender(content, {
      tcoHorizonYears: 2,
      lotKeys: ["LOT-1"],
      requiredStandardIds: [],
    });
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual([
      ["bid.yearOutsideHorizon", "costLines.0.year"],
      ["bid.lotUnknown", "lotKey"],
      ["bid.standardNotRequired", "standardAnswers.0.standardId"],
    ]);
  });
});
