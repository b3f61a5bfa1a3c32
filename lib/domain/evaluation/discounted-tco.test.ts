import { describe, expect, it } from "vitest";
import { computeTco } from "@/lib/domain/assessment/tco";
import type { CostLine } from "@/lib/domain/bids/bid-model";
import { toExactText, toFixed } from "@/lib/domain/rational";
import { discountedTotal, nominalTotal } from "./discounted-tco";

const line = (year: number, amountCents: number): CostLine => ({ category: "LICENCES", year, amountCents, note: "" });

describe("discountedTotal", () => {
  it("is exact: 1 000 000 + 210 000/1.05 + 220 500/1.05² + 231 525/1.05³ = 1 600 000", () => {
    const lines = [line(0, 1_000_000), line(1, 210_000), line(2, 220_500), line(3, 231_525)];
    expect(toExactText(discountedTotal(lines, 5))).toBe("1600000");
    expect(toExactText(nominalTotal(lines))).toBe("1662025");
  });

  it("keeps what whole cents cannot: 100 / 1.03 = 10 000/103", () => {
    expect(toExactText(discountedTotal([line(1, 100)], 3))).toBe("10000/103");
  });

  it("reads a rate with decimals from its digits: 3.25 % → 1.0325 = 413/400", () => {
    // 41 300 / (413/400) = 40 000.
    expect(toExactText(discountedTotal([line(1, 41_300)], 3.25))).toBe("40000");
  });

  it("is 0 without lines, and the nominal sum at 0 %", () => {
    expect(toExactText(discountedTotal([], 3))).toBe("0");
    expect(toExactText(discountedTotal([line(0, 5), line(4, 7)], 0))).toBe("12");
  });

  it("agrees with the assessment's decimal.js figure to far below a cent", () => {
    const lines = [line(0, 123_456_789), line(1, 98_765), line(2, 55_555_555), line(5, 1), line(7, 31_415_926)];
    const decimal = computeTco(lines, [], { discountRatePercent: 3.7, tcoHorizonYears: 6 }).bidder.total.discounted;
    expect(toFixed(discountedTotal(lines, 3.7), 20)).toBe(decimal.toFixed(20));
  });
});
