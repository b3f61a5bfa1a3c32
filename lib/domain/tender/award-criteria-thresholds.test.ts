import { describe, expect, it } from "vitest";
import { validateCriteria, type Criterion } from "./award-criteria";
import { award, licence, price, quality, scale10, soundTree, sovereignty } from "./testing/award-criteria-fixtures";

const sound = soundTree();

describe("quality thresholds (C-546/16 Montte)", () => {
  const withMinimum = (minimumScore: number): Criterion[] => [
    price,
    { ...quality, children: [{ ...quality.children![0]!, minimumScore }, quality.children![1]!] },
    sovereignty,
    licence,
  ];

  it.each<[number, boolean]>([
    [1, true],
    [3, true],
    [5, true], // the scale's maximum: lawful, if demanding
    [0, false], // would exclude nobody
    [6, false], // above the 0–5 scale
    [2.5, false], // a threshold is one of the descriptors' levels
    [NaN, false],
  ])("a minimum score of %d on a 0–5 leaf is accepted: %s", (minimumScore, ok) => {
    expect(validateCriteria(award(withMinimum(minimumScore)))).toEqual(
      ok
        ? []
        : [
            {
              code: "criteria.minimumScoreInvalid",
              severity: "error",
              path: "criteria.1.children.0.minimumScore",
              values: { max: 5 },
            },
          ],
    );
  });

  it("takes the scale's maximum: 8 is fine on 0–10", () => {
    expect(validateCriteria(award(withMinimum(8), { qualityScale: scale10 }))).toEqual([]);
  });

  it.each<[string, Criterion[], string]>([
    ["the cost criterion", [{ ...price, minimumScore: 2 }, quality, sovereignty, licence], "criteria.0.minimumScore"],
    [
      "the sovereignty criterion",
      [price, quality, { ...sovereignty, minimumScore: 2 }, licence],
      "criteria.2.minimumScore",
    ],
    [
      "a parent scored through its sub-criteria",
      [price, { ...quality, minimumScore: 2 }, sovereignty, licence],
      "criteria.1.minimumScore",
    ],
  ])("refuses a minimum score on %s, which evaluators do not score on the scale", (_name, tree, path) => {
    expect(validateCriteria(award(tree))).toEqual([
      { code: "criteria.minimumScoreNotScored", severity: "error", path },
    ]);
  });

  it("accepts an openness leaf's minimum: it is scored on the scale too", () => {
    expect(validateCriteria(award([price, quality, sovereignty, { ...licence, minimumScore: 3 }]))).toEqual([]);
  });

  // The sound tree has cost 30, so quality, sovereignty and openness together weigh 40 + 20 + 10 = 70.
  it.each<[number, boolean]>([
    [0.01, true],
    [42.5, true],
    [70, true],
    [0, false],
    [-1, false],
    [70.01, false],
    [42.125, false],
    [NaN, false],
  ])("a minimum of %d quality points out of 70 is accepted: %s", (minimumQualityPoints, ok) => {
    expect(validateCriteria(award(sound, { minimumQualityPoints }))).toEqual(
      ok
        ? []
        : [
            {
              code: "criteria.minimumQualityPointsInvalid",
              severity: "error",
              path: "minimumQualityPoints",
              values: { max: 70 },
            },
          ],
    );
  });

  it("counts out of 100 with price per quality point, whose cost criterion weighs 0", () => {
    const tree: Criterion[] = [
      { ...price, costFormula: "F8", weight: 0 },
      { ...quality, weight: 60 },
      { ...sovereignty, weight: 30 },
      licence,
    ];
    expect(validateCriteria(award(tree, { minimumQualityPoints: 100 }))).toEqual([]);
  });

  it("refuses a minimum of quality points when only cost is scored", () => {
    expect(validateCriteria(award([{ ...price, weight: 100 }], { minimumQualityPoints: 10 }))).toEqual([
      { code: "criteria.minimumQualityPointsNeedsQuality", severity: "error", path: "minimumQualityPoints" },
    ]);
  });
});
