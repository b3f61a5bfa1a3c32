import { describe, expect, it } from "vitest";
import { criteriaWarnings, workedExample, type Criterion } from "./award-criteria";
import { licence, price as f1Price, quality, soundTree, sovereignty } from "./testing/award-criteria-fixtures";

const price: Criterion = { ...f1Price, costFormula: "F5" };
const sound = soundTree(price);

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
