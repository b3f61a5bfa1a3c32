import { describe, expect, it } from "vitest";
import { STANDSTILL_DAYS, standstillEndsOn } from "./standstill";

describe("standstill", () => {
  it("ends 10 calendar days after the decision", () => {
    expect(STANDSTILL_DAYS).toBe(10);
    // 2026-03-02 + 10 days = 2026-03-12 (March has 31 days, no month change).
    expect(standstillEndsOn("2026-03-02")).toBe("2026-03-12");
  });

  it("counts across the end of a month and of February in a leap year", () => {
    // 2028-02-25 + 10: 4 days to 29 February, then 6 into March → 2028-03-06.
    expect(standstillEndsOn("2028-02-25")).toBe("2028-03-06");
    // 2026-12-28 + 10: 3 days to 31 December, then 7 into January → 2027-01-07.
    expect(standstillEndsOn("2026-12-28")).toBe("2027-01-07");
  });
});
