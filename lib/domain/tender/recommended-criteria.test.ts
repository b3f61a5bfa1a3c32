import { describe, expect, it } from "vitest";
import { criteriaWarnings, validateCriteria } from "./award-criteria";
import { RECOMMENDED_PARTS, recommendedCriteria, type RecommendedText } from "./recommended-criteria";

const text = Object.fromEntries(
  RECOMMENDED_PARTS.map((part) => [part, { name: `Name of ${part}`, description: `What counts in ${part}` }]),
) as RecommendedText;
const scale = { max: 5 as const, descriptors: ["0", "1", "2", "3", "4", "5"] };
const settings = {
  qualityScale: scale,
  scoreAggregation: "CONSENSUS" as const,
  discountRatePercent: 3,
  tcoHorizonYears: 4,
};

describe("recommendedCriteria", () => {
  const tree = recommendedCriteria(text);

  it("is cost 40, quality 40 (60/40), sovereignty 10, openness 10, with the given names", () => {
    expect(
      tree.map((c) => [c.key, c.name, c.kind, c.weight, c.children?.map((s) => [s.key, s.kind, s.weight]) ?? []]),
    ).toEqual([
      ["cost", "Name of cost", "COST", 40, []],
      [
        "quality",
        "Name of quality",
        "QUALITY",
        40,
        [
          ["quality-fit", "QUALITY", 60],
          ["quality-service", "QUALITY", 40],
        ],
      ],
      ["sovereignty", "Name of sovereignty", "SOVEREIGNTY", 10, []],
      ["openness", "Name of openness", "OPENNESS", 10, []],
    ]);
    expect(tree[1]!.children![0]!.description).toBe("What counts in fit");
  });

  it("scores price against a reference price, which the drafter still has to give", () => {
    expect(tree[0]!.costFormula).toBe("F5");
    expect(validateCriteria({ criteria: tree, ...settings }).map((p) => p.code)).toEqual([
      "criteria.referencePriceInvalid",
      "criteria.floorPriceInvalid",
    ]);
    const priced = [{ ...tree[0]!, referencePriceCents: 50_000_000, floorPriceCents: 25_000_000 }, ...tree.slice(1)];
    expect(validateCriteria({ criteria: priced, ...settings })).toEqual([]);
  });

  it("draws no advice: cost at 40 %, an absolute formula, sovereignty and openness present", () => {
    expect(criteriaWarnings(tree, { complexSoftware: true })).toEqual([]);
  });
});
