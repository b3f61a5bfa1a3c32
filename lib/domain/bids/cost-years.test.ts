import { describe, expect, it } from "vitest";
import { costYearOptions, lastCostYear, linesOutsideCostPeriod } from "./cost-years";

describe("lastCostYear", () => {
  it("adds the one-year exit period to the contract years", () => {
    // Horizon 4: years 1–4 are the contract, year 5 the exit period.
    expect(lastCostYear(4)).toBe(5);
  });
});

describe("costYearOptions", () => {
  it("offers the start, each contract year and the exit period", () => {
    // Horizon 2: 0 start, 1 and 2 contract, 3 exit.
    expect(costYearOptions(2)).toEqual([
      { year: 0, kind: "start" },
      { year: 1, kind: "contract" },
      { year: 2, kind: "contract" },
      { year: 3, kind: "exit" },
    ]);
  });

  it("keeps a year a line already holds beyond the exit period, once, after the others", () => {
    // Horizon 1: 0, 1, exit 2; the lines hold 7, 4, 7 and 1 → 4 and 7 are added, 1 is already there.
    expect(costYearOptions(1, [7, 4, 7, 1]).map(({ year, kind }) => `${year}:${kind}`)).toEqual([
      "0:start",
      "1:contract",
      "2:exit",
      "4:outside",
      "7:outside",
    ]);
  });
});

describe("linesOutsideCostPeriod", () => {
  it("names the lines before year 0 or after the exit period, with their index", () => {
    // Horizon 4: years 0–5 are allowed; -1 (index 1) and 6 (index 3) are not.
    expect(linesOutsideCostPeriod([{ year: 0 }, { year: -1 }, { year: 5 }, { year: 6 }], 4)).toEqual([
      { index: 1, year: -1, lastYear: 5 },
      { index: 3, year: 6, lastYear: 5 },
    ]);
  });
});
