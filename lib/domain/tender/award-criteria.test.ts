import { describe, expect, it } from "vitest";
import { criteriaWarnings, validateCriteria, workedExample, type Criterion, type QualityScale } from "./award-criteria";

const scale5: QualityScale = {
  max: 5,
  descriptors: ["No evidence", "Serious doubts", "Minor doubts", "Meets", "Meets with added value", "Exceeds"],
};
const scale10: QualityScale = { max: 10, descriptors: Array.from({ length: 11 }, (_, i) => `Level ${i}`) };

const price: Criterion = { key: "price", kind: "COST", weight: 30, costFormula: "F5" };
const quality: Criterion = {
  key: "quality",
  kind: "QUALITY",
  weight: 40,
  children: [
    { key: "usability", kind: "QUALITY", weight: 50, qualityScale: scale5 },
    { key: "open-standards", kind: "OPENNESS", weight: 50, qualityScale: scale5 },
  ],
};
const sovereignty: Criterion = { key: "sovereignty", kind: "SOVEREIGNTY", weight: 20 };
const licence: Criterion = { key: "licence", kind: "OPENNESS", weight: 10, qualityScale: scale5 };
const sound = [price, quality, sovereignty, licence];

const codesAt = (tree: Criterion[], procedure?: Parameters<typeof validateCriteria>[1]) =>
  validateCriteria(tree, procedure).map((p) => `${p.code}@${p.path}`);

describe("validateCriteria", () => {
  it("accepts a sound tree", () => {
    expect(validateCriteria(sound)).toEqual([]);
  });

  it("asks for criteria when there are none", () => {
    expect(validateCriteria([])).toEqual([{ code: "criteria.empty", severity: "incomplete", path: "criteria" }]);
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
    expect(validateCriteria(tree)).toEqual(expected);
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
      "two cost criteria",
      [
        price,
        quality,
        { ...sovereignty, weight: 10 },
        licence,
        { key: "tco", kind: "COST", weight: 10, costFormula: "F1" },
      ],
      ["criteria.moreThanOneCost@criteria.4"],
    ],
    [
      "two sovereignty criteria",
      [price, quality, { ...sovereignty, weight: 10 }, { ...sovereignty, key: "seal", weight: 10 }, licence],
      ["criteria.moreThanOneSovereignty@criteria.3"],
    ],
    [
      "a cost criterion without a formula",
      [{ key: "price", kind: "COST", weight: 30 }, quality, sovereignty, licence],
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
      ["criteria.childKindInvalid@criteria.0.children.0.kind", "criteria.mustBeTopLevel@criteria.0.children.0"],
    ],
    [
      "a quality criterion under openness",
      [price, quality, sovereignty, { ...licence, children: [{ ...quality.children![0]!, key: "docs", weight: 100 }] }],
      ["criteria.childKindInvalid@criteria.3.children.0.kind"],
    ],
    [
      "a quality leaf with no scale",
      [price, quality, sovereignty, { key: "licence", kind: "OPENNESS", weight: 10 }],
      ["criteria.scaleMissing@criteria.3.qualityScale"],
    ],
    [
      "a 0–7 scale",
      [price, quality, sovereignty, { ...licence, qualityScale: { max: 7 as 5, descriptors: [] } }],
      ["criteria.scaleInvalid@criteria.3.qualityScale.max"],
    ],
    [
      "a scale with a blank and a missing descriptor",
      [price, quality, sovereignty, { ...licence, qualityScale: { max: 5, descriptors: ["a", "b", "c", " ", "e"] } }],
      [
        "criteria.scaleDescriptorMissing@criteria.3.qualityScale.descriptors.3",
        "criteria.scaleDescriptorMissing@criteria.3.qualityScale.descriptors.5",
      ],
    ],
    [
      "one criterion on 0–10 while the others use 0–5",
      [price, quality, sovereignty, { ...licence, qualityScale: scale10 }],
      ["criteria.scaleMaxInconsistent@criteria.3.qualityScale.max"],
    ],
    [
      "a duplicate and a blank key",
      [price, quality, { ...sovereignty, key: "usability" }, { ...licence, key: " " }],
      ["criteria.keyDuplicate@criteria.2.key", "criteria.keyMissing@criteria.3.key"],
    ],
  ])("reports %s", (_name, tree, expected) => {
    expect(codesAt(tree)).toEqual(expected);
  });

  it("accepts 0–10 scales when every criterion uses them", () => {
    const tree: Criterion[] = [
      { ...price, weight: 40 },
      { key: "usability", kind: "QUALITY", weight: 40, qualityScale: scale10 },
      { ...licence, weight: 20, qualityScale: scale10 },
    ];
    expect(validateCriteria(tree)).toEqual([]);
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

describe("criteriaWarnings", () => {
  const warn = (tree: Criterion[], complexSoftware = true) =>
    criteriaWarnings(tree, { complexSoftware }).map((p) => p.code);

  it("has nothing to say about a balanced tree with an absolute formula", () => {
    expect(warn(sound)).toEqual([]);
  });

  it("warns about price only for complex software", () => {
    const priceOnly: Criterion[] = [{ ...price, weight: 100 }];
    expect(warn(priceOnly)).toEqual([
      "criteria.costOnlyForComplexSoftware",
      "criteria.costWeightHigh",
      "criteria.noSovereigntyCriterion",
      "criteria.noOpennessCriterion",
    ]);
    expect(warn(priceOnly, false)).toEqual([
      "criteria.costWeightHigh",
      "criteria.noSovereigntyCriterion",
      "criteria.noOpennessCriterion",
    ]);
  });

  it.each([
    [59, false],
    [60, false],
    [61, true],
  ])("a cost weight of %i %% is flagged: %s", (weight, flagged) => {
    const tree: Criterion[] = [
      { ...price, weight },
      { ...licence, weight: 100 - weight - 10 },
      { ...sovereignty, weight: 10 },
    ];
    const found = criteriaWarnings(tree, { complexSoftware: true }).filter((p) => p.code === "criteria.costWeightHigh");
    expect(found).toEqual(
      flagged
        ? [
            {
              code: "criteria.costWeightHigh",
              severity: "warning",
              path: "criteria.0.weight",
              values: { weight, limit: 60 },
            },
          ]
        : [],
    );
  });

  it.each([
    ["F1", true],
    ["F2", true],
    ["F5", false],
    ["F8", false],
  ] as const)("a %s cost formula raises the rank-reversal warning: %s", (costFormula, flagged) => {
    const tree = [{ ...price, costFormula, weight: costFormula === "F8" ? 0 : 30 }, quality, sovereignty, licence];
    const found = criteriaWarnings(tree, { complexSoftware: true }).filter(
      (p) => p.code === "criteria.relativeCostFormula",
    );
    expect(found.map((p) => p.values)).toEqual(flagged ? [{ formula: costFormula }] : []);
  });

  it("counts openness nested under quality", () => {
    expect(warn([price, { ...quality, weight: 50 }, { ...sovereignty, weight: 20 }])).toEqual([]);
  });
});

describe("workedExample through award-criteria", () => {
  it("is available next to the criteria", () => {
    expect(workedExample("F1", 30).scores.map((s) => s.points)).toEqual([30, 24, 18.75]);
  });
});
