import { describe, expect, it } from "vitest";
import { checkAbnormallyLow, type AbnormallyLowCandidate } from "./abnormally-low";
import { Exact } from "./exact";

const bid = (id: string, cents: string | number, admissible = true): AbnormallyLowCandidate => ({
  id,
  discountedCents: new Exact(cents),
  admissible,
});

/** Two other bids at 100 000 cents each: their mean is 100 000, and 20 % below it is 80 000. */
function against(cents: string | number, estimatedValueCents: number | null = null) {
  return checkAbnormallyLow([bid("x", cents), bid("a", 100_000), bid("b", 100_000)], estimatedValueCents).get("x")!;
}

describe("checkAbnormallyLow against the mean of the other admissible bids", () => {
  it("does not flag exactly 20 % below the mean", () => {
    // (100 000 − 80 000) / 100 000 = 20 %: not MORE than 20 %.
    const check = against(80_000);
    expect(check.flagged).toBe(false);
    expect(check.belowMeanPercent?.toFixed()).toBe("20");
    expect(check.meanOfOthersCents?.toFixed()).toBe("100000");
  });

  it("flags just over 20 % below the mean, even by a fraction of a cent", () => {
    // 79 999 → 20.001 % below; 79 999.99 → 20.00001 % below.
    expect(against(79_999)).toMatchObject({ flagged: true, reasons: ["BELOW_MEAN_OF_OTHERS"] });
    expect(against(79_999).belowMeanPercent?.toFixed()).toBe("20.001");
    expect(against("79999.99").flagged).toBe(true);
  });

  it("does not flag just under 20 % below the mean", () => {
    // 80 001 → 19.999 % below.
    expect(against(80_001).flagged).toBe(false);
    expect(against(80_001).belowMeanPercent?.toFixed()).toBe("19.999");
  });

  it("reports a bid above the mean as a negative distance", () => {
    // (100 000 − 130 000) / 100 000 = −30 %.
    expect(against(130_000).belowMeanPercent?.toFixed()).toBe("-30");
  });

  it("leaves out the bid itself: the mean is of the others only", () => {
    // Bids 50, 100, 150 (thousand): for 50 the others' mean is (100 + 150) / 2 = 125 → 60 % below, flagged;
    // for 100 it is (50 + 150) / 2 = 100 → 0 %; for 150 it is 75 → −100 %.
    const checks = checkAbnormallyLow([bid("a", 50_000), bid("b", 100_000), bid("c", 150_000)], null);
    expect(checks.get("a")).toMatchObject({ flagged: true, otherCount: 2 });
    expect(checks.get("a")!.belowMeanPercent?.toFixed()).toBe("60");
    expect(checks.get("b")!.belowMeanPercent?.toFixed()).toBe("0");
    expect(checks.get("c")!.belowMeanPercent?.toFixed()).toBe("-100");
  });

  it("needs at least two other admissible bids", () => {
    // One other bid only: however low, no comparison with a mean.
    const alone = checkAbnormallyLow([bid("x", 1), bid("a", 100_000)], null).get("x")!;
    expect(alone).toEqual({
      flagged: false,
      reasons: [],
      otherCount: 1,
      meanOfOthersCents: null,
      belowMeanPercent: null,
      shareOfEstimatePercent: null,
    });
    // Two others, but one is excluded (not admissible): still only one to compare with.
    const oneExcluded = checkAbnormallyLow([bid("x", 1), bid("a", 100_000), bid("b", 100_000, false)], null);
    expect(oneExcluded.get("x")!.otherCount).toBe(1);
    expect(oneExcluded.get("x")!.flagged).toBe(false);
  });

  it("keeps an excluded bid out of the others' mean", () => {
    // Others admissible: 100 000 and 100 000 (the excluded 10 000 000 is left out) → 79 000 is 21 % below.
    const checks = checkAbnormallyLow(
      [bid("x", 79_000), bid("a", 100_000), bid("b", 100_000), bid("c", 10_000_000, false)],
      null,
    );
    expect(checks.get("x")!.meanOfOthersCents?.toFixed()).toBe("100000");
    expect(checks.get("x")!.flagged).toBe(true);
  });
});

describe("checkAbnormallyLow against the estimated value", () => {
  // Estimated value 200 000 cents: half of it is 100 000. No other bids, so only this test applies.
  const alone = (cents: string | number) => checkAbnormallyLow([bid("x", cents)], 200_000).get("x")!;

  it("does not flag exactly half the estimate", () => {
    // 100 000 / 200 000 = 50 %: not below 50 %.
    expect(alone(100_000).flagged).toBe(false);
    expect(alone(100_000).shareOfEstimatePercent?.toFixed()).toBe("50");
  });

  it("flags just below half the estimate", () => {
    // 99 999 / 200 000 = 49.9995 %; 99 999.99 / 200 000 = 49.999995 %.
    expect(alone(99_999)).toMatchObject({ flagged: true, reasons: ["BELOW_HALF_OF_ESTIMATE"] });
    expect(alone(99_999).shareOfEstimatePercent?.toFixed()).toBe("49.9995");
    expect(alone("99999.99").flagged).toBe(true);
  });

  it("does not flag just above half the estimate", () => {
    // 100 001 / 200 000 = 50.0005 %.
    expect(alone(100_001).flagged).toBe(false);
  });

  it("skips the test without an estimate", () => {
    expect(checkAbnormallyLow([bid("x", 1)], null).get("x")!.shareOfEstimatePercent).toBeNull();
    expect(checkAbnormallyLow([bid("x", 1)], 0).get("x")!.flagged).toBe(false);
  });

  it("gives both reasons when both tests flag the bid", () => {
    // 70 000 is 30 % below the mean of 100 000, and 35 % of an estimate of 200 000.
    expect(against(70_000, 200_000).reasons).toEqual(["BELOW_MEAN_OF_OTHERS", "BELOW_HALF_OF_ESTIMATE"]);
  });
});
