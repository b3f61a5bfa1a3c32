import { describe, expect, it } from "vitest";
import type { AwardCriteria } from "@/lib/domain/tender/award-criteria";
import { awardFormValues, criteriaSchema, readNumber, type CriteriaInput } from "./award-criteria";

const descriptors = ["None", "Poor", "Fair", "Good", "Very good", "Excellent"];

/** What the form sends for cost 40 (F5), quality 40 (two sub-criteria), sovereignty 10, openness 10. */
const sent = (): CriteriaInput => ({
  tenderId: "tender-1",
  version: "3" as unknown as number,
  criteria: [
    {
      key: "cost",
      name: " Total cost of ownership ",
      description: "",
      kind: "COST",
      weight: "40",
      costFormula: "F5",
      referencePrice: "200,000",
      floorPrice: "100 000,50",
      children: [],
    },
    {
      key: "quality",
      name: "Quality",
      description: "**Evidence** counts.",
      kind: "QUALITY",
      weight: "40 %",
      costFormula: null,
      referencePrice: "",
      floorPrice: "",
      children: [
        { key: "fit", name: "Fit", description: "", kind: "QUALITY", weight: "60" },
        { key: "exit", name: "Exit plan", description: "", kind: "OPENNESS", weight: "40" },
      ],
    },
    { key: "sovereignty", name: "Sovereignty", description: "", kind: "SOVEREIGNTY", weight: "10", children: [] },
    { key: "openness", name: "Openness", description: "", kind: "OPENNESS", weight: "10", children: [] },
  ],
  qualityScale: { max: "5", descriptors },
  scoreAggregation: "MEAN",
  discountRatePercent: "3,5",
  tcoHorizonYears: "4",
});

const expected: AwardCriteria = {
  criteria: [
    {
      key: "cost",
      name: "Total cost of ownership",
      kind: "COST",
      weight: 40,
      costFormula: "F5",
      referencePriceCents: 20_000_000,
      floorPriceCents: 10_000_050,
    },
    {
      key: "quality",
      name: "Quality",
      description: "**Evidence** counts.",
      kind: "QUALITY",
      weight: 40,
      children: [
        { key: "fit", name: "Fit", kind: "QUALITY", weight: 60 },
        { key: "exit", name: "Exit plan", kind: "OPENNESS", weight: 40 },
      ],
    },
    { key: "sovereignty", name: "Sovereignty", kind: "SOVEREIGNTY", weight: 10 },
    { key: "openness", name: "Openness", kind: "OPENNESS", weight: 10 },
  ],
  qualityScale: { max: 5, descriptors },
  scoreAggregation: "MEAN",
  discountRatePercent: 3.5,
  tcoHorizonYears: 4,
};

const issues = (input: CriteriaInput) => {
  const result = criteriaSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

describe("criteriaSchema", () => {
  it("turns what was typed into the award: numbers, amounts in cents, nothing empty kept", () => {
    expect(criteriaSchema.parse(sent())).toEqual({ tenderId: "tender-1", version: 3, award: expected });
  });

  it("gives the form back what it saved", () => {
    const again = { tenderId: "tender-1", version: 3, ...awardFormValues(expected) };
    expect(criteriaSchema.parse(again).award).toEqual(expected);
  });

  it("reports every problem at once, at the field concerned", () => {
    const input = sent();
    input.criteria![0]!.weight = "30";
    input.criteria![1]!.children![1]!.name = " ";
    input.criteria![0]!.referencePrice = "a lot";
    input.qualityScale.descriptors = ["", ...descriptors.slice(1)];
    input.discountRatePercent = "3.125";
    expect(issues(input)).toEqual([
      ["criteria.0.referencePrice", "validation.criteria.referencePriceInvalid"],
      ["criteria.1.children.1.name", "validation.criteria.nameMissing"],
      ["criteria", 'validation.criteria.weightsSum?{"sum":90}'],
      ["qualityScale.descriptors.0", 'validation.criteria.scaleDescriptorMissing?{"score":0}'],
      ["discountRatePercent", "validation.criteria.discountRateInvalid"],
    ]);
  });

  it("refuses a weight that is not a whole number, and a floor price above B", () => {
    const input = sent();
    input.criteria![3]!.weight = "ten";
    input.criteria![0]!.floorPrice = "250,000";
    expect(issues(input)).toEqual([
      ["criteria.0.floorPrice", "validation.criteria.floorNotBelowReference"],
      ["criteria.3.weight", "validation.criteria.weightInvalid"],
    ]);
  });

  it("keeps cost settings only where they apply: F5 prices for F5, no weight for F8, none on other kinds", () => {
    const f2 = sent();
    f2.criteria![0]!.costFormula = "F2";
    expect(criteriaSchema.parse(f2).award.criteria[0]).toEqual({
      key: "cost",
      name: "Total cost of ownership",
      kind: "COST",
      weight: 40,
      costFormula: "F2",
    });
    const f8 = sent();
    f8.criteria![0]!.costFormula = "F8";
    f8.criteria![0]!.weight = "forty";
    f8.criteria![1]!.weight = "80";
    expect(criteriaSchema.parse(f8).award.criteria[0]).toMatchObject({ weight: 0, costFormula: "F8" });
    const quality = sent();
    quality.criteria![3] = { ...quality.criteria![3]!, costFormula: "F1", referencePrice: "1" };
    expect(criteriaSchema.parse(quality).award.criteria[3]).toEqual(expected.criteria[3]);
  });

  it("accepts no criteria at all (the section is then not started), but still checks the settings", () => {
    expect(criteriaSchema.parse({ ...sent(), criteria: [] }).award.criteria).toEqual([]);
    expect(issues({ ...sent(), criteria: [], tcoHorizonYears: "0" })).toEqual([
      ["tcoHorizonYears", "validation.criteria.tcoHorizonInvalid"],
    ]);
  });

  it("reads an openness criterion computed automatically: the licences' share typed, the standards the rest", () => {
    const input = sent();
    input.criteria![3] = {
      ...input.criteria![3]!,
      opennessScoring: "AUTOMATIC",
      licencesPercent: "70 %",
      minimumScore: "3",
    };
    // The minimum score belongs to the panel's scale and is left behind, like F5's prices on F1.
    expect(criteriaSchema.parse(input).award.criteria[3]).toEqual({
      key: "openness",
      name: "Openness",
      kind: "OPENNESS",
      weight: 10,
      automaticOpenness: { licencesPercent: 70, standardsPercent: 30 },
    });
    const again = { tenderId: "tender-1", version: 3, ...awardFormValues(criteriaSchema.parse(input).award) };
    expect(again.criteria![3]).toMatchObject({ opennessScoring: "AUTOMATIC", licencesPercent: "70" });
    expect(again.criteria![1]!.children![1]).toMatchObject({ opennessScoring: "PANEL", licencesPercent: "50" });
  });

  it("refuses a licences' share that is not a whole percentage, at its field", () => {
    const input = sent();
    input.criteria![3] = { ...input.criteria![3]!, opennessScoring: "AUTOMATIC", licencesPercent: "120" };
    input.criteria![1]!.children![1] = { ...input.criteria![1]!.children![1]!, opennessScoring: "AUTOMATIC", licencesPercent: "" }; // prettier-ignore
    expect(issues(input)).toEqual([
      ["criteria.1.children.1.licencesPercent", "validation.criteria.automaticOpennessMixInvalid"],
      ["criteria.3.licencesPercent", "validation.criteria.automaticOpennessMixInvalid"],
    ]);
  });

  it("keeps the panel's scoring on a criterion that is not an openness leaf, whatever was chosen before", () => {
    const input = sent();
    input.criteria![1] = { ...input.criteria![1]!, opennessScoring: "AUTOMATIC", licencesPercent: "50" };
    expect(criteriaSchema.parse(input).award.criteria[1]).toEqual(expected.criteria[1]);
  });

  it("asks how scores are combined", () => {
    expect(issues({ ...sent(), scoreAggregation: undefined as never })).toEqual([
      ["scoreAggregation", "validation.criteria.scoreAggregationRequired"],
    ]);
  });
});

describe("readNumber", () => {
  it.each<[string | number, number]>([
    ["40", 40],
    [" 40 % ", 40],
    ["3.25", 3.25],
    ["3,25", 3.25],
    [7, 7],
    ["", NaN],
    ["forty", NaN],
    ["1.000,5", NaN],
  ])("%j is %d", (typed, value) => {
    expect(readNumber(typed)).toBe(value);
  });
});
