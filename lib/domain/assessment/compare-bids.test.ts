import { describe, expect, it } from "vitest";
import type { BidContent, CostCategory, CostLine, SovereigntyClaims } from "@/lib/domain/bids/bid-model";
import {
  DEFAULT_SOVEREIGNTY_WEIGHTS,
  SOVEREIGNTY_OBJECTIVES,
  type SealLevel,
  type SovereigntyProfile,
} from "@/lib/domain/tender/sovereignty";
import { compareBids, type AssessmentTender, type BidToAssess } from "./compare-bids";

const line = (category: CostCategory, year: number, amountCents: number): CostLine => ({
  category,
  year,
  amountCents,
  note: "",
});

const everywhere = (level: SealLevel): SovereigntyClaims =>
  Object.fromEntries(SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, { level, evidence: "" }]));

function bid(
  id: string,
  receiptNumber: number,
  content: Partial<BidContent>,
  extra: Partial<BidToAssess> = {},
): BidToAssess {
  return {
    id,
    receiptNumber,
    content: {
      bidder: { name: id, country: "BE", registrationId: "X", isSme: true, contactName: "", contactEmail: "" },
      lotKey: "LOT-1",
      solution: "",
      claimsOpenSource: false,
      costLines: [],
      components: [],
      sovereigntyClaims: everywhere(3),
      standardAnswers: [],
      ...content,
    },
    internalCosts: null,
    sovereigntyReviews: {},
    ...extra,
  };
}

const PROFILE: SovereigntyProfile = {
  assessment: { dataSensitivity: 2, serviceCriticality: 2, legalExposure: 2, supplierDependence: 2 },
  minimumSeal: Object.fromEntries(
    SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, { seal: objective === "SOV-8" ? 0 : 2 }]),
  ) as SovereigntyProfile["minimumSeal"],
  weights: DEFAULT_SOVEREIGNTY_WEIGHTS,
};

// 0 % so the sums are plain; horizon 2, exit year 3. Internal staff 10 000 in year 1 for every bid
// without its own internal costs. LOT-1 is estimated at 300 000 cents (half: 150 000).
const TENDER: AssessmentTender = {
  discountRatePercent: 0,
  tcoHorizonYears: 2,
  internalCosts: [line("INTERNAL_STAFF", 1, 10_000)],
  sovereignty: PROFILE,
  sovereigntyCriterionWeight: 20,
  standardRequirements: [{ clauseKey: "formats", parameter: "formats", join: "and", standardIds: ["ODF-1.3"] }],
  estimatedValueCents: 5_000_000,
  lots: [
    { key: "LOT-1", estimatedValueCents: 300_000 },
    { key: "LOT-2", estimatedValueCents: 1_000_000 },
  ],
};

const BIDS = [
  // Alpha, received second: 100 000 + exit 0; the tender's internal costs → 110 000 together; SEAL-3 everywhere.
  bid("alpha", 2, {
    costLines: [line("IMPLEMENTATION", 0, 100_000), line("EXIT", 3, 0)],
    standardAnswers: [{ standardId: "ODF-1.3", answer: "MET", evidence: "" }],
  }),
  // Beta, received first: 150 000 + exit 10 000 = 160 000; its own internal costs: none; SEAL-2 everywhere.
  bid(
    "beta",
    1,
    {
      costLines: [line("IMPLEMENTATION", 0, 150_000), line("EXIT", 3, 10_000)],
      sovereigntyClaims: everywhere(2),
    },
    { internalCosts: [] },
  ),
  // Gamma: 60 000 without exit line; claims SEAL-3 but an evaluator lowered SOV-1 to 1 → excluded.
  bid(
    "gamma",
    3,
    { costLines: [line("IMPLEMENTATION", 0, 60_000)] },
    {
      sovereigntyReviews: {
        "SOV-1": {
          level: 1,
          justification: "Parent company outside the EU.",
          reviewerId: "u",
          reviewerName: "E",
          at: "2026-01-01T00:00:00Z",
        },
      },
    },
  ),
  // Delta bids for LOT-2: not in LOT-1's comparison.
  bid("delta", 4, { lotKey: "LOT-2", costLines: [line("IMPLEMENTATION", 0, 1)] }),
];

describe("compareBids", () => {
  const comparison = compareBids(BIDS, TENDER, "LOT-1");
  const byId = (id: string) => comparison.bids.find((entry) => entry.id === id)!;

  it("keeps the lot's bids, in the order they were received, with the lot's estimated value", () => {
    expect(comparison.lotKey).toBe("LOT-1");
    expect(comparison.estimatedValueCents).toBe(300_000);
    expect(comparison.bids.map((entry) => [entry.receiptNumber, entry.id])).toEqual([
      [1, "beta"],
      [2, "alpha"],
      [3, "gamma"],
    ]);
  });

  it("uses the tender's internal costs unless the bid has its own, and keeps them apart", () => {
    expect(byId("alpha").internalCostsSource).toBe("TENDER");
    expect(byId("alpha").tco.bidder.total.nominal.toFixed()).toBe("100000");
    expect(byId("alpha").tco.internal.total.nominal.toFixed()).toBe("10000");
    expect(byId("alpha").tco.combined.total.discounted.toFixed()).toBe("110000");
    expect(byId("beta").internalCostsSource).toBe("BID");
    expect(byId("beta").tco.internal.total.nominal.toFixed()).toBe("0");
    expect(byId("gamma").tco.problems.map((problem) => problem.code)).toEqual(["tco.exitMissing"]);
  });

  it("gates on sovereignty, gives points to those that pass, and ranks the admissible by total cost", () => {
    // Alpha SEAL-3 everywhere: 100 × 3 / 4 = 75 % → 75 × 20 / 100 = 15 points. Beta SEAL-2: 50 % → 10 points.
    expect(byId("alpha").sovereignty?.points?.toFixed()).toBe("15");
    expect(byId("beta").sovereignty?.points?.toFixed()).toBe("10");
    expect(byId("gamma").sovereignty?.gate).toBe("EXCLUDED");
    expect(byId("gamma").admissible).toBe(false);
    // Alpha 110 000 < Beta 160 000; Gamma is not ranked.
    expect(comparison.bids.map((entry) => [entry.id, entry.costRank])).toEqual([
      ["beta", 2],
      ["alpha", 1],
      ["gamma", null],
    ]);
  });

  it("measures the coverage of the required standards", () => {
    expect(byId("alpha").standards.coveragePercent?.toFixed()).toBe("100");
    expect(byId("beta").standards.coveragePercent?.toFixed()).toBe("0");
  });

  it("flags abnormally low bids against the other admissible bids and the lot's estimate", () => {
    // Alpha 100 000: one other admissible bid (Beta) → no mean test; 100 000 / 300 000 = 33.3 % < 50 % → flagged.
    expect(byId("alpha").abnormallyLow).toMatchObject({
      flagged: true,
      reasons: ["BELOW_HALF_OF_ESTIMATE"],
      otherCount: 1,
    });
    // Beta 160 000: 53.3 % of the estimate, no mean test → not flagged.
    expect(byId("beta").abnormallyLow.flagged).toBe(false);
    // Gamma 60 000 (excluded, still checked): others Alpha and Beta, mean (100 000 + 160 000) / 2 = 130 000;
    // (130 000 − 60 000) / 130 000 = 53.8 % below; 20 % of the estimate → both reasons.
    expect(byId("gamma").abnormallyLow.meanOfOthersCents?.toFixed()).toBe("130000");
    expect(byId("gamma").abnormallyLow.reasons).toEqual(["BELOW_MEAN_OF_OTHERS", "BELOW_HALF_OF_ESTIMATE"]);
  });

  it("compares the bids without a lot for a tender without lots, with the tender's estimate", () => {
    const noLots = BIDS.map((entry) => ({ ...entry, content: { ...entry.content, lotKey: null } }));
    const whole = compareBids(noLots, { ...TENDER, lots: [] }, null);
    expect(whole.bids).toHaveLength(4);
    expect(whole.estimatedValueCents).toBe(5_000_000);
  });

  it("shares a rank between equal costs and leaves bids excluded by the caller unranked", () => {
    const equal = [
      bid("a", 1, { costLines: [line("EXIT", 3, 500)] }),
      bid("b", 2, { costLines: [line("EXIT", 3, 500)] }),
      bid("c", 3, { costLines: [line("EXIT", 3, 900)] }),
      bid("d", 4, { costLines: [line("EXIT", 3, 1)] }, { admissible: false }),
    ];
    const ranks = compareBids(equal, { ...TENDER, internalCosts: [] }, "LOT-1").bids.map((entry) => entry.costRank);
    expect(ranks).toEqual([1, 1, 3, null]);
  });

  it("skips the sovereignty assessment when the tender has no profile", () => {
    const result = compareBids(BIDS, { ...TENDER, sovereignty: null }, "LOT-1");
    expect(result.bids.every((entry) => entry.sovereignty === null && entry.admissible)).toBe(true);
  });
});
