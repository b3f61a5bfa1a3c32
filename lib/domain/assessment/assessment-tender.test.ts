import { describe, expect, it } from "vitest";
import { chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import { SAMPLE_CLAUSE } from "@/lib/domain/clauses/testing/sample-clause";
import { assessmentTender, bidTenderContext, type TenderForAssessment } from "./assessment-tender";

const definitions = new Map([[chosenVersionKey("sample-clause", 1), SAMPLE_CLAUSE]]);

const TENDER: TenderForAssessment = {
  award: {
    criteria: [
      { key: "cost", name: "Cost", kind: "COST", weight: 50, costFormula: "F1" },
      { key: "sov", name: "Sovereignty", kind: "SOVEREIGNTY", weight: 15 },
      { key: "q", name: "Quality", kind: "QUALITY", weight: 35 },
    ],
    qualityScale: { max: 5, descriptors: [] },
    scoreAggregation: "CONSENSUS",
    discountRatePercent: 4.5,
    tcoHorizonYears: 6,
  },
  durationMonths: 30,
  sovereignty: null,
  estimatedValueCents: 1_000_000,
  lots: [{ key: "LOT-1", estimatedValueCents: 400_000 }],
  clauses: [{ key: "sample-clause", version: 1, values: {} }],
  internalCosts: [],
};

describe("assessmentTender", () => {
  it("reads the rate, horizon, sovereignty weight and required standards of the tender", () => {
    const result = assessmentTender(TENDER, definitions);
    expect(result).toMatchObject({
      discountRatePercent: 4.5,
      tcoHorizonYears: 6,
      sovereigntyCriterionWeight: 15,
      estimatedValueCents: 1_000_000,
    });
    expect(result.standardRequirements.flatMap((requirement) => requirement.standardIds)).toEqual([
      "ODF-1.3",
      "PDF-A-2",
    ]);
  });

  it("falls back to 3 % and the contract's duration in whole years without award settings", () => {
    // 30 months → 3 years (rounded up).
    const result = assessmentTender({ ...TENDER, award: null }, definitions);
    expect(result).toMatchObject({ discountRatePercent: 3, tcoHorizonYears: 3, sovereigntyCriterionWeight: null });
  });
});

describe("bidTenderContext", () => {
  it("gives checkBidAgainstTender the horizon, the lots and the required standards", () => {
    expect(bidTenderContext(TENDER, definitions)).toEqual({
      tcoHorizonYears: 6,
      lotKeys: ["LOT-1"],
      requiredStandardIds: ["ODF-1.3", "PDF-A-2"],
    });
  });
});
