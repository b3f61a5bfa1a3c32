import { describe, expect, it } from "vitest";
import { awardFormValues, criteriaSchema, type CriteriaInput } from "./award-criteria";

/**
 * Cost 40 (F1), quality 40 with two sub-criteria, sovereignty 10, openness 10, on the 0–5 scale,
 * with a minimum score on the first sub-criterion and a minimum in quality points. The quality
 * points a bid can earn are every weight but cost's: 40 + 10 + 10 = 60.
 */
const sent = (minimumScore: string, minimumQualityPoints: string): CriteriaInput => ({
  tenderId: "tender-1",
  version: 3,
  criteria: [
    { key: "cost", name: "Cost", kind: "COST", weight: "40", costFormula: "F1", minimumScore: "", children: [] },
    {
      key: "quality",
      name: "Quality",
      kind: "QUALITY",
      weight: "40",
      minimumScore: "",
      children: [
        { key: "fit", name: "Fit", kind: "QUALITY", weight: "60", minimumScore },
        { key: "exit", name: "Exit plan", kind: "OPENNESS", weight: "40", minimumScore: "" },
      ],
    },
    { key: "sovereignty", name: "Sovereignty", kind: "SOVEREIGNTY", weight: "10", minimumScore: "", children: [] },
    { key: "openness", name: "Openness", kind: "OPENNESS", weight: "10", minimumScore: "", children: [] },
  ],
  qualityScale: { max: "5", descriptors: ["0", "1", "2", "3", "4", "5"] },
  scoreAggregation: "CONSENSUS",
  discountRatePercent: "3",
  tcoHorizonYears: "4",
  minimumQualityPoints,
});

const issues = (input: CriteriaInput) => {
  const result = criteriaSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

describe("criteriaSchema: quality thresholds (C-546/16 Montte)", () => {
  it("reads the minimum score chosen and the minimum quality points typed, decimal comma included", () => {
    const { award } = criteriaSchema.parse(sent("3", "35,5"));
    expect(award.criteria[1]!.children![0]).toEqual({
      key: "fit",
      name: "Fit",
      kind: "QUALITY",
      weight: 60,
      minimumScore: 3,
    });
    expect(award.minimumQualityPoints).toBe(35.5);
  });

  it("keeps no threshold where the fields were left empty", () => {
    const { award } = criteriaSchema.parse(sent("", " "));
    expect(award.criteria[1]!.children![0]).not.toHaveProperty("minimumScore");
    expect(award).not.toHaveProperty("minimumQualityPoints");
  });

  it("gives the form back the thresholds it saved", () => {
    const { award } = criteriaSchema.parse(sent("5", "60"));
    const again = criteriaSchema.parse({ tenderId: "tender-1", version: 3, ...awardFormValues(award) }).award;
    expect(again).toEqual(award);
    expect(awardFormValues(award)).toMatchObject({
      minimumQualityPoints: "60",
      criteria: [
        { minimumScore: "" },
        { minimumScore: "", children: [{ minimumScore: "5" }, { minimumScore: "" }] },
        { minimumScore: "" },
        { minimumScore: "" },
      ],
    });
  });

  it("leaves behind a minimum score whose criterion is no longer scored on the scale, as the page hides it", () => {
    const input = sent("", "");
    input.criteria![0]!.minimumScore = "3"; // cost
    input.criteria![1]!.minimumScore = "3"; // quality scored through its sub-criteria
    input.criteria![2]!.minimumScore = "3"; // sovereignty
    input.criteria![3]!.minimumScore = "3"; // openness without sub-criteria: scored on the scale, kept
    const { award } = criteriaSchema.parse(input);
    expect(award.criteria.map((criterion) => criterion.minimumScore)).toEqual([undefined, undefined, undefined, 3]);
  });

  it.each([
    ["6", 'validation.criteria.minimumScoreInvalid?{"max":5}'], // above the 0–5 scale
    ["0", 'validation.criteria.minimumScoreInvalid?{"max":5}'], // would exclude nobody
    ["2.5", 'validation.criteria.minimumScoreInvalid?{"max":5}'], // not one of the scale's levels
    ["three", 'validation.criteria.minimumScoreInvalid?{"max":5}'],
  ])("refuses a minimum score of %j at its field", (minimumScore, message) => {
    expect(issues(sent(minimumScore, ""))).toEqual([["criteria.1.children.0.minimumScore", message]]);
  });

  it.each([
    ["60.5", 'validation.criteria.minimumQualityPointsInvalid?{"max":60}'], // above the 60 there are
    ["0", 'validation.criteria.minimumQualityPointsInvalid?{"max":60}'],
    ["30.125", 'validation.criteria.minimumQualityPointsInvalid?{"max":60}'], // three decimals
    ["half", 'validation.criteria.minimumQualityPointsInvalid?{"max":60}'],
  ])("refuses %j minimum quality points at the field", (minimumQualityPoints, message) => {
    expect(issues(sent("", minimumQualityPoints))).toEqual([["minimumQualityPoints", message]]);
  });

  it("refuses minimum quality points when only cost is scored", () => {
    const input: CriteriaInput = { ...sent("", "10"), criteria: [{ ...sent("", "").criteria![0]!, weight: "100" }] };
    expect(issues(input)).toEqual([["minimumQualityPoints", "validation.criteria.minimumQualityPointsNeedsQuality"]]);
  });
});
