import { describe, expect, it } from "vitest";
import type { CostCategory, CostLine } from "@/lib/domain/bids/bid-model";
import { euros, Exact, roundCents } from "./exact";
import { computeTco, discountedAmount } from "./tco";

const line = (category: CostCategory, year: number, amountCents: number): CostLine => ({
  category,
  year,
  amountCents,
  note: "",
});

/** Exact values as text, so a failure shows the digits. */
const text = (value: Exact) => value.toFixed();

describe("discountedAmount", () => {
  it("does not discount year 0, whatever the rate", () => {
    expect(text(discountedAmount(1_000_000, 5, 0))).toBe("1000000");
  });

  it("divides by (1 + r)^t", () => {
    // 220 500 / 1.05² = 220 500 / 1.1025 = 200 000
    expect(text(discountedAmount(220_500, 5, 2))).toBe("200000");
    // 231 525 / 1.05³ = 231 525 / 1.157625 = 200 000
    expect(text(discountedAmount(231_525, 5, 3))).toBe("200000");
  });
});

describe("computeTco", () => {
  it("at 0 % the discounted total is the nominal total", () => {
    // N = 3: 1 000 000 at t = 0, 200 000 in each of t = 1..3, exit 50 000 at t = 4.
    // Nominal = discounted = 1 000 000 + 3 × 200 000 + 50 000 = 1 650 000 cents.
    const lines = [
      line("IMPLEMENTATION", 0, 1_000_000),
      line("HOSTING", 1, 200_000),
      line("HOSTING", 2, 200_000),
      line("HOSTING", 3, 200_000),
      line("EXIT", 4, 50_000),
    ];
    const tco = computeTco(lines, [], { discountRatePercent: 0, tcoHorizonYears: 3 });
    expect(text(tco.bidder.total.nominal)).toBe("1650000");
    expect(text(tco.bidder.total.discounted)).toBe("1650000");
    expect(tco.settings.lastYear).toBe(4);
    expect(tco.problems).toEqual([]);
  });

  describe("at 5 % over 2 years with an exit year", () => {
    // t = 0: 1 000 000 → 1 000 000
    // t = 1: 210 000 / 1.05 = 200 000
    // t = 2: 220 500 / 1.1025 = 200 000
    // t = 3 (exit period, N + 1): 231 525 / 1.157625 = 200 000
    // Nominal 1 000 000 + 210 000 + 220 500 + 231 525 = 1 662 025; discounted 1 600 000.
    const bidderLines = [
      line("IMPLEMENTATION", 0, 1_000_000),
      line("SUPPORT_MAINTENANCE", 1, 210_000),
      line("SUPPORT_MAINTENANCE", 2, 220_500),
      line("EXIT", 3, 231_525),
    ];
    // Internal staff: 105 000 / 1.05 = 100 000 and 110 250 / 1.1025 = 100 000 → 200 000; nominal 215 250.
    const internalLines = [line("INTERNAL_STAFF", 1, 105_000), line("INTERNAL_STAFF", 2, 110_250)];
    const tco = computeTco(bidderLines, internalLines, { discountRatePercent: 5, tcoHorizonYears: 2 });

    it("totals the bidder's prices", () => {
      expect(text(tco.bidder.total.nominal)).toBe("1662025");
      expect(text(tco.bidder.total.discounted)).toBe("1600000");
    });

    it("keeps the internal costs apart, and adds them only in the combined figures", () => {
      expect(text(tco.internal.total.nominal)).toBe("215250");
      expect(text(tco.internal.total.discounted)).toBe("200000");
      // 1 662 025 + 215 250 = 1 877 275; 1 600 000 + 200 000 = 1 800 000.
      expect(text(tco.combined.total.nominal)).toBe("1877275");
      expect(text(tco.combined.total.discounted)).toBe("1800000");
      expect(tco.bidder.byCategory.map((c) => c.category)).not.toContain("INTERNAL_STAFF");
    });

    it("breaks the bidder's costs down by category, in the catalogue's order", () => {
      expect(tco.bidder.byCategory.map((c) => [c.category, text(c.nominal), text(c.discounted)])).toEqual([
        ["IMPLEMENTATION", "1000000", "1000000"],
        // 210 000 + 220 500 = 430 500 nominal; 200 000 + 200 000 discounted.
        ["SUPPORT_MAINTENANCE", "430500", "400000"],
        ["EXIT", "231525", "200000"],
      ]);
    });

    it("lists every year 0..N+1 with the cumulative discounted cost", () => {
      expect(tco.bidder.byYear.map((y) => [y.year, text(y.discounted), text(y.cumulativeDiscounted)])).toEqual([
        [0, "1000000", "1000000"],
        [1, "200000", "1200000"],
        [2, "200000", "1400000"],
        [3, "200000", "1600000"],
      ]);
      // Together, t = 1 and t = 2 each gain the 100 000 of internal staff: 1 000 000, 1 300 000, 1 600 000, 1 800 000.
      expect(tco.combined.byYear.map((y) => text(y.cumulativeDiscounted))).toEqual([
        "1000000",
        "1300000",
        "1600000",
        "1800000",
      ]);
      // The internal side has no cost in year 0 or in the exit year: the zeros are shown.
      expect(tco.internal.byYear.map((y) => text(y.nominal))).toEqual(["0", "105000", "110250", "0"]);
    });

    it("adds lines of the same category and year in one cell", () => {
      const twice = computeTco([line("HOSTING", 1, 105_000), line("HOSTING", 1, 105_000), line("EXIT", 3, 0)], [], {
        discountRatePercent: 5,
        tcoHorizonYears: 2,
      });
      // (105 000 + 105 000) / 1.05 = 200 000
      expect(twice.bidder.byCategoryAndYear.map((c) => [c.category, c.year, text(c.discounted)])).toEqual([
        ["HOSTING", 1, "200000"],
        ["EXIT", 3, "0"],
      ]);
    });
  });

  it("at 3 % over 4 years keeps the unrounded value and rounds half up only for display", () => {
    // 100 000 a year for t = 1..4 is an annuity: 100 000 × (1 − 1.03⁻⁴) / 0.03 = 100 000 × 3.71709840…
    //   = 371 709.840281…; exit 10 000 at t = 5: 10 000 / 1.03⁵ = 10 000 / 1.1592740743 = 8 626.087843…
    // Total 380 335.928124… cents → shown 380 336 cents, EUR 3 803.36.
    const lines = [1, 2, 3, 4].map((year) => line("HOSTING", year, 100_000)).concat(line("EXIT", 5, 10_000));
    const tco = computeTco(lines, [], { discountRatePercent: 3, tcoHorizonYears: 4 });
    expect(text(tco.bidder.total.nominal)).toBe("410000");
    expect(tco.bidder.total.discounted.toFixed(6)).toBe("380335.928125");
    expect(roundCents(tco.bidder.total.discounted)).toBe(380_336);
    expect(euros(tco.bidder.total.discounted)).toBe("3803.36");
    // Year 1 alone: 100 000 / 1.03 = 97 087.378640776…
    expect(tco.bidder.byYear[1]!.discounted.toFixed(9)).toBe("97087.378640777");
  });

  it("with a longer horizon, a lower rate weighs late costs more", () => {
    // N = 10, one cost of 1 000 000 at t = 10: at 3 % 1 000 000 / 1.03¹⁰ = 1 000 000 / 1.343916379… = 744 093.91489…;
    // at 5 % 1 000 000 / 1.628894627 = 613 913.25354…
    const lines = [line("UPGRADES", 10, 1_000_000), line("EXIT", 11, 0)];
    const at3 = computeTco(lines, [], { discountRatePercent: 3, tcoHorizonYears: 10 });
    const at5 = computeTco(lines, [], { discountRatePercent: 5, tcoHorizonYears: 10 });
    expect(at3.bidder.total.discounted.toFixed(3)).toBe("744093.915");
    expect(at5.bidder.total.discounted.toFixed(3)).toBe("613913.254");
    expect(at3.bidder.byYear).toHaveLength(12);
  });

  describe("warnings", () => {
    const settings = { discountRatePercent: 3, tcoHorizonYears: 2 };

    it("warns when the bid has no exit line, but not when it states an exit cost of 0", () => {
      expect(computeTco([line("HOSTING", 1, 100)], [], settings).problems).toEqual([
        { code: "tco.exitMissing", severity: "warning", path: "costLines" },
      ]);
      expect(computeTco([line("HOSTING", 1, 100), line("EXIT", 3, 0)], [], settings).problems).toEqual([]);
    });

    it("does not accept the authority's exit line in place of the bidder's", () => {
      const problems = computeTco([line("HOSTING", 1, 100)], [line("EXIT", 3, 500)], settings).problems;
      expect(problems.map((problem) => problem.code)).toEqual(["tco.exitMissing"]);
    });

    it("warns about a year after the exit period and still counts the line", () => {
      // N = 2: the last year is 3; t = 4 is outside. 0 % so the total is simply 100 + 7.
      const tco = computeTco([line("EXIT", 3, 100)], [line("TRAINING", 4, 7)], { ...settings, discountRatePercent: 0 });
      expect(tco.problems).toEqual([
        {
          code: "tco.yearOutsideHorizon",
          severity: "warning",
          path: "internalCosts.0.year",
          values: { year: 4, maxYear: 3, horizon: 2 },
        },
      ]);
      expect(text(tco.combined.total.discounted)).toBe("107");
      expect(tco.combined.byYear.map((y) => y.year)).toEqual([0, 1, 2, 3, 4]);
    });

    it("warns when the bidder prices the authority's internal staff", () => {
      const problems = computeTco([line("EXIT", 3, 0), line("INTERNAL_STAFF", 1, 100)], [], settings).problems;
      expect(problems).toEqual([
        { code: "tco.internalStaffPricedByBidder", severity: "warning", path: "costLines.1.category" },
      ]);
    });
  });

  it("gives zeros for a bid without any cost line, with a warning", () => {
    const tco = computeTco([], [], { discountRatePercent: 3, tcoHorizonYears: 1 });
    expect(text(tco.combined.total.discounted)).toBe("0");
    expect(tco.bidder.byCategory).toEqual([]);
    expect(tco.bidder.byYear.map((y) => y.year)).toEqual([0, 1, 2]);
    expect(tco.problems.map((problem) => problem.code)).toEqual(["tco.exitMissing"]);
  });
});

describe("display rounding", () => {
  it("rounds half up to whole cents", () => {
    expect(roundCents(new Exact("12.5"))).toBe(13);
    expect(roundCents(new Exact("12.4999999"))).toBe(12);
    expect(euros(new Exact("123456.5"))).toBe("1234.57");
    expect(euros(new Exact("123456.49"))).toBe("1234.56");
  });
});
