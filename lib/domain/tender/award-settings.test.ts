import { describe, expect, it } from "vitest";
import { defaultTcoHorizonYears, readAwardCriteria } from "./award-settings";

describe("defaultTcoHorizonYears", () => {
  it.each<[number | null, number]>([
    [48, 4],
    [36, 3],
    [30, 3], // two and a half years count as three
    [1, 1],
    [12, 1],
    [13, 2],
    [360, 30],
    [600, 30], // a 50-year contract is costed over the 30 years allowed
    [null, 4], // duration not known yet: four years
    [0, 4],
  ])("%s months: %i years", (months, years) => {
    expect(defaultTcoHorizonYears(months)).toBe(years);
  });
});

describe("readAwardCriteria", () => {
  const cost = { key: "cost", name: "Cost", kind: "COST", weight: 40, costFormula: "F5" };

  it("reads nothing as nothing", () => {
    expect(readAwardCriteria(null, 48)).toBeNull();
    expect(readAwardCriteria("criteria", 48)).toBeNull();
  });

  it("keeps a complete award as stored", () => {
    const stored = {
      criteria: [cost],
      qualityScale: { max: 10, descriptors: [] },
      scoreAggregation: "MEAN",
      discountRatePercent: 2.5,
      tcoHorizonYears: 6,
    };
    expect(readAwardCriteria(stored, 48)).toEqual(stored);
  });

  it("keeps the optional quality thresholds", () => {
    const leaf = { key: "u", name: "Usability", kind: "QUALITY", weight: 60, minimumScore: 3 };
    const stored = {
      criteria: [cost, leaf],
      qualityScale: { max: 5, descriptors: [] },
      scoreAggregation: "CONSENSUS",
      discountRatePercent: 3,
      tcoHorizonYears: 4,
      minimumQualityPoints: 35,
    };
    expect(readAwardCriteria(stored, 48)).toEqual(stored);
  });

  it("fills the settings an older draft lacks, and lifts its leaves' scale to the tender", () => {
    const scale = { max: 5, descriptors: ["0", "1", "2", "3", "4", "5"] };
    const quality = {
      key: "q",
      name: "Quality",
      kind: "QUALITY",
      weight: 60,
      children: [{ key: "u", qualityScale: scale }],
    };
    expect(readAwardCriteria({ criteria: [cost, quality], scoreAggregation: "MEDIAN" }, 30)).toEqual({
      criteria: [cost, quality],
      qualityScale: scale,
      scoreAggregation: "CONSENSUS",
      discountRatePercent: 3,
      tcoHorizonYears: 3,
    });
    expect(readAwardCriteria({}, null)).toEqual({
      criteria: [],
      qualityScale: { max: 5, descriptors: [] },
      scoreAggregation: "CONSENSUS",
      discountRatePercent: 3,
      tcoHorizonYears: 4,
    });
  });
});
