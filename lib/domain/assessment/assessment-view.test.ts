import { describe, expect, it } from "vitest";
import type { BidContent } from "@/lib/domain/bids/bid-model";
import {
  DEFAULT_SOVEREIGNTY_WEIGHTS,
  SOVEREIGNTY_OBJECTIVES,
  type SovereigntyProfile,
} from "@/lib/domain/tender/sovereignty";
import { comparisonView } from "./assessment-view";
import { compareBids, type AssessmentTender } from "./compare-bids";

const content = (name: string, licencesCents: number): BidContent => ({
  bidder: { name, country: "BE", registrationId: "X", isSme: false, contactName: "", contactEmail: "" },
  lotKey: null,
  solution: "",
  claimsOpenSource: false,
  costLines: [
    { category: "LICENCES", year: 1, amountCents: licencesCents, note: "" },
    { category: "EXIT", year: 2, amountCents: 0, note: "" },
  ],
  components: [],
  // SEAL-3 on SOV-1 only, nothing elsewhere: score 15 × 3 / 4 = 11.25 %.
  sovereigntyClaims: { "SOV-1": { level: 3, evidence: "" } },
  standardAnswers: [{ standardId: "A", answer: "PARTLY", evidence: "" }],
});

const PROFILE: SovereigntyProfile = {
  assessment: { dataSensitivity: 0, serviceCriticality: 0, legalExposure: 0, supplierDependence: 0 },
  minimumSeal: Object.fromEntries(
    SOVEREIGNTY_OBJECTIVES.map((o) => [o, { seal: 0 }]),
  ) as SovereigntyProfile["minimumSeal"],
  weights: DEFAULT_SOVEREIGNTY_WEIGHTS,
};

// 3 %, one contract year: 100 000 cents in year 1 → 100 000 / 1.03 = 97 087.3786… cents.
const TENDER: AssessmentTender = {
  discountRatePercent: 3,
  tcoHorizonYears: 1,
  internalCosts: [],
  sovereignty: PROFILE,
  sovereigntyCriterionWeight: 10,
  standardRequirements: [{ clauseKey: "c", parameter: "p", join: "and", standardIds: ["A", "B", "C"] }],
  estimatedValueCents: null,
  lots: [],
};

describe("comparisonView", () => {
  const view = comparisonView(
    compareBids(
      [{ id: "b1", receiptNumber: 1, content: content("One", 100_000), internalCosts: null, sovereigntyReviews: {} }],
      TENDER,
      null,
    ),
  );
  const bid = view.bids[0]!;

  it("is plain data that survives JSON", () => {
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it("rounds amounts half up to whole cents and keeps the exact value as text", () => {
    expect(bid.tco.bidder.total).toEqual({
      nominalCents: 100_000,
      discountedCents: 97_087,
      discountedCentsExact: expect.stringMatching(/^97087\.378640776699029126/),
    });
    expect(bid.tco.combined.byYear.map((year) => year.cumulativeDiscountedCents)).toEqual([0, 97_087, 97_087]);
  });

  it("shows points and percentages to 2 decimals", () => {
    // 11.25 % × 10 / 100 = 1.125 points → 1.13 (half up).
    expect(bid.sovereignty).toMatchObject({
      scorePercent: 11.25,
      points: 1.13,
      criterionWeight: 10,
      overallSeal: 0,
      gate: "PASSED",
    });
    // One PARTLY out of three: 0.5 / 3 = 16.666… % → 16.67.
    expect(bid.standards.coveragePercent).toBe(16.67);
    expect(bid.abnormallyLow).toEqual({
      flagged: false,
      reasons: [],
      otherCount: 0,
      meanOfOthersCents: null,
      belowMeanPercent: null,
      shareOfEstimatePercent: null,
    });
  });
});
