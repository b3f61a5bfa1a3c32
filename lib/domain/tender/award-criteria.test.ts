import { describe, expect, it } from "vitest";
import { validateCriteria, type Criterion, type QualityScale } from "./award-criteria";
import {
  award,
  licence,
  price as f1Price,
  quality,
  scale10,
  scale5,
  soundTree,
  sovereignty,
} from "./testing/award-criteria-fixtures";

/** The sound tree's cost criterion by formula F5, between a floor and a reference price. */
const price: Criterion = {
  ...f1Price,
  costFormula: "F5",
  referencePriceCents: 20_000_000,
  floorPriceCents: 10_000_000,
};
const sound = soundTree(price);

const codesAt = (tree: Criterion[], context?: Parameters<typeof validateCriteria>[1]) =>
  validateCriteria(award(tree), context).map((p) => `${p.code}@${p.path}`);

describe("validateCriteria", () => {
  it("accepts a sound award", () => {
    expect(validateCriteria(award(sound))).toEqual([]);
  });

  it("asks for criteria when there are none, and still checks the settings", () => {
    expect(validateCriteria(award([]))).toEqual([{ code: "criteria.empty", severity: "incomplete", path: "criteria" }]);
    expect(validateCriteria(award([], { tcoHorizonYears: 0 })).map((p) => p.code)).toEqual([
      "criteria.empty",
      "criteria.tcoHorizonInvalid",
    ]);
  });

  it.each<[string, Criterion[], unknown[]]>([
    [
      "top level at 99",
      [price, quality, sovereignty, { ...licence, weight: 9 }],
      [{ code: "criteria.weightsSum", severity: "error", path: "criteria", values: { sum: 99 } }],
    ],
    [
      "top level at 101",
      [price, quality, sovereignty, { ...licence, weight: 11 }],
      [{ code: "criteria.weightsSum", severity: "error", path: "criteria", values: { sum: 101 } }],
    ],
    [
      "sub-criteria at 99",
      [
        price,
        { ...quality, children: [quality.children![0]!, { ...quality.children![1]!, weight: 49 }] },
        sovereignty,
        licence,
      ],
      [{ code: "criteria.weightsSum", severity: "error", path: "criteria.1.children", values: { sum: 99 } }],
    ],
  ])("%s", (_name, tree, expected) => {
    expect(validateCriteria(award(tree))).toEqual(expected);
  });

  it.each<[string, Criterion[], string[]]>([
    [
      "a zero weight (the sum is not checked until weights are valid)",
      [price, quality, { ...sovereignty, weight: 30 }, { ...licence, weight: 0 }],
      ["criteria.weightInvalid@criteria.3.weight"],
    ],
    [
      "a fractional weight",
      [{ ...price, weight: 29.5 }, quality, sovereignty, { ...licence, weight: 10.5 }],
      ["criteria.weightInvalid@criteria.0.weight", "criteria.weightInvalid@criteria.3.weight"],
    ],
    [
      "a weight that is not a number (what the form sends for text)",
      [price, quality, sovereignty, { ...licence, weight: NaN }],
      ["criteria.weightInvalid@criteria.3.weight"],
    ],
    [
      "a blank name",
      [
        price,
        { ...quality, children: [{ ...quality.children![0]!, name: "  " }, quality.children![1]!] },
        sovereignty,
        licence,
      ],
      ["criteria.nameMissing@criteria.1.children.0.name"],
    ],
    [
      "two cost criteria",
      [
        price,
        quality,
        { ...sovereignty, weight: 10 },
        licence,
        { key: "tco", name: "Cost", kind: "COST", weight: 10, costFormula: "F1" },
      ],
      ["criteria.moreThanOneCost@criteria.4.kind"],
    ],
    [
      "two sovereignty criteria",
      [price, quality, { ...sovereignty, weight: 10 }, { ...sovereignty, key: "seal", weight: 10 }, licence],
      ["criteria.moreThanOneSovereignty@criteria.3.kind"],
    ],
    [
      "a cost criterion without a formula",
      [{ key: "price", name: "Price", kind: "COST", weight: 30 }, quality, sovereignty, licence],
      ["criteria.costFormulaMissing@criteria.0.costFormula"],
    ],
    [
      "a sovereignty criterion with children",
      [price, quality, { ...sovereignty, children: [{ ...licence, key: "x", weight: 100 }] }, licence],
      ["criteria.childrenNotAllowed@criteria.2.children"],
    ],
    [
      "a cost criterion nested under quality",
      [{ ...quality, weight: 70, children: [{ ...price, weight: 50 }, quality.children![0]!] }, sovereignty, licence],
      // Depth first: the parent's check on its children comes before the child's own.
      ["criteria.childKindInvalid@criteria.0.children.0.kind", "criteria.mustBeTopLevel@criteria.0.children.0.kind"],
    ],
    [
      "a quality criterion under openness",
      [price, quality, sovereignty, { ...licence, children: [{ ...quality.children![0]!, key: "docs", weight: 100 }] }],
      ["criteria.childKindInvalid@criteria.3.children.0.kind"],
    ],
    [
      "a sub-criterion with sub-criteria of its own",
      [
        price,
        {
          ...quality,
          children: [
            { ...quality.children![0]!, children: [{ ...licence, key: "deep", weight: 100 }] },
            quality.children![1]!,
          ],
        },
        sovereignty,
        licence,
      ],
      ["criteria.tooDeep@criteria.1.children.0.children"],
    ],
    [
      "a duplicate and a blank key",
      [price, quality, { ...sovereignty, key: "usability" }, { ...licence, key: " " }],
      ["criteria.keyDuplicate@criteria.2.key", "criteria.keyMissing@criteria.3.key"],
    ],
  ])("reports %s", (_name, tree, expected) => {
    expect(codesAt(tree)).toEqual(expected);
  });

  describe("the reference and floor prices of F5", () => {
    const withPrices = (referencePriceCents?: number, floorPriceCents?: number) =>
      codesAt([{ ...price, referencePriceCents, floorPriceCents }, quality, sovereignty, licence]);

    it.each<[string, number | undefined, number | undefined, string[]]>([
      ["B EUR 200,000, floor EUR 100,000", 20_000_000, 10_000_000, []],
      ["a floor of zero", 20_000_000, 0, []],
      ["a floor one cent below B", 20_000_000, 19_999_999, []],
      [
        "neither given",
        undefined,
        undefined,
        ["referencePriceInvalid@criteria.0.referencePriceCents", "floorPriceInvalid@criteria.0.floorPriceCents"],
      ],
      ["B of zero", 0, 0, ["referencePriceInvalid@criteria.0.referencePriceCents"]],
      ["a negative floor", 20_000_000, -1, ["floorPriceInvalid@criteria.0.floorPriceCents"]],
      ["a fraction of a cent", 20_000_000.5, 10_000_000, ["referencePriceInvalid@criteria.0.referencePriceCents"]],
      ["B unreadable (NaN)", NaN, 10_000_000, ["referencePriceInvalid@criteria.0.referencePriceCents"]],
      ["the floor equal to B", 20_000_000, 20_000_000, ["floorNotBelowReference@criteria.0.floorPriceCents"]],
      ["the floor above B", 10_000_000, 20_000_000, ["floorNotBelowReference@criteria.0.floorPriceCents"]],
    ])("%s", (_name, reference, floor, expected) => {
      expect(withPrices(reference, floor)).toEqual(expected.map((code) => `criteria.${code}`));
    });

    it("are not asked for with another formula", () => {
      const f1 = { ...price, costFormula: "F1" as const, referencePriceCents: undefined, floorPriceCents: undefined };
      expect(codesAt([f1, quality, sovereignty, licence])).toEqual([]);
    });
  });

  describe("the tender's quality scale", () => {
    const scaleCodes = (qualityScale: QualityScale, tree: Criterion[] = sound) =>
      validateCriteria(award(tree, { qualityScale })).map((p) => `${p.code}@${p.path}`);

    it("accepts 0–10 with eleven descriptors", () => {
      expect(scaleCodes(scale10)).toEqual([]);
    });

    it("refuses a 0–7 scale", () => {
      expect(scaleCodes({ max: 7 as 5, descriptors: [] })).toEqual(["criteria.scaleInvalid@qualityScale.max"]);
    });

    it("asks for a scale when there is none", () => {
      const problems = validateCriteria({ ...award(sound), qualityScale: undefined as unknown as QualityScale });
      expect(problems.map((p) => `${p.code}@${p.path}`)).toEqual(["criteria.scaleMissing@qualityScale"]);
    });

    it("asks for each blank or missing descriptor", () => {
      expect(scaleCodes({ max: 5, descriptors: ["a", "b", "c", " ", "e"] })).toEqual([
        "criteria.scaleDescriptorMissing@qualityScale.descriptors.3",
        "criteria.scaleDescriptorMissing@qualityScale.descriptors.5",
      ]);
      // 0–10 with the six 0–5 descriptors: scores 6 to 10 are undescribed.
      expect(scaleCodes({ max: 10, descriptors: scale5.descriptors })).toHaveLength(5);
    });

    it("is not checked when nothing is scored on it", () => {
      const costAndSovereignty = [
        { ...price, weight: 90 },
        { ...sovereignty, weight: 10 },
      ];
      expect(scaleCodes({ max: 5, descriptors: [] }, costAndSovereignty)).toEqual([]);
      // A quality criterion with sub-criteria is scored through them, not on the scale itself.
      expect(scaleCodes({ max: 5, descriptors: [] }, [price, quality, { ...sovereignty, weight: 30 }])).toHaveLength(6);
    });
  });

  it.each<[number, boolean]>([
    [3, true],
    [0, true],
    [15, true],
    [3.25, true],
    [0.07, true], // 0.07 × 100 is 7.000000000000001 in binary floating point
    [15.01, false],
    [-0.5, false],
    [3.125, false],
    [NaN, false],
  ])("a discount rate of %d %% is accepted: %s", (discountRatePercent, ok) => {
    const problems = validateCriteria(award(sound, { discountRatePercent }));
    expect(problems).toEqual(
      ok ? [] : [{ code: "criteria.discountRateInvalid", severity: "error", path: "discountRatePercent" }],
    );
  });

  it.each<[number, boolean]>([
    [1, true],
    [4, true],
    [30, true],
    [0, false],
    [31, false],
    [2.5, false],
    [NaN, false],
  ])("a cost horizon of %d years is accepted: %s", (tcoHorizonYears, ok) => {
    const problems = validateCriteria(award(sound, { tcoHorizonYears }));
    expect(problems).toEqual(
      ok ? [] : [{ code: "criteria.tcoHorizonInvalid", severity: "error", path: "tcoHorizonYears" }],
    );
  });

  it.each<[string, Criterion[], string[]]>([
    [
      "F8 with weight 0 and the rest at 100",
      [{ ...price, costFormula: "F8", weight: 0 }, { ...quality, weight: 60 }, { ...sovereignty, weight: 30 }, licence],
      [],
    ],
    [
      "F8 with a weight",
      [{ ...price, costFormula: "F8", weight: 30 }, quality, sovereignty, licence],
      ["criteria.pricePerQualityPointWeight@criteria.0.weight", "criteria.weightsSum@criteria"],
    ],
    [
      "F8 with nothing to divide by",
      [{ ...price, costFormula: "F8", weight: 0 }],
      ["criteria.pricePerQualityPointNeedsQuality@criteria"],
    ],
  ])("price per quality point: %s", (_name, tree, expected) => {
    expect(codesAt(tree)).toEqual(expected);
  });

  it.each([
    ["COMPETITIVE_DIALOGUE", ["criteria.bestPriceQualityRatioRequired@criteria"]],
    ["INNOVATION_PARTNERSHIP", ["criteria.bestPriceQualityRatioRequired@criteria"]],
    ["OPEN", []],
    ["COMPETITIVE_NEGOTIATION", []],
  ] as const)("price only in a %s", (procedure, expected) => {
    expect(codesAt([{ ...price, weight: 100 }], { procedure })).toEqual(expected);
    expect(codesAt(sound, { procedure })).toEqual([]);
  });
});
