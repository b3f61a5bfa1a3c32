import { describe, expect, it } from "vitest";
import type { BidComponent, BidContent, CostCategory, CostLine } from "@/lib/domain/bids/bid-model";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import { assessBids, licenceSummary, tenderBidsAssessmentView } from "./assess-bids";
import type { AssessmentTender, BidToAssess } from "./compare-bids";

const line = (category: CostCategory, year: number, amountCents: number): CostLine => ({
  category,
  year,
  amountCents,
  note: "",
});

const component = (name: string, licence: string, extra: Partial<BidComponent> = {}): BidComponent => ({
  name,
  version: "1",
  supplier: "",
  licence,
  repository: "",
  relation: "DELIVERED",
  isAiModel: false,
  modelOpennessClass: null,
  ...extra,
});

function bid(id: string, receiptNumber: number, content: Partial<BidContent>): BidToAssess {
  return {
    id,
    receiptNumber,
    content: {
      bidder: { name: id, country: "BE", registrationId: id, isSme: true, contactName: "", contactEmail: "" },
      lotKey: null,
      solution: "",
      claimsOpenSource: true,
      costLines: [],
      components: [],
      sovereigntyClaims: {},
      standardAnswers: [],
      ...content,
    },
    internalCosts: null,
    sovereigntyReviews: {},
  };
}

// 0 % so that discounted = nominal; horizon 1, so the exit period is year 2. Estimated value
// 200 000 cents: half is 100 000. No sovereignty profile, no required standard, no internal costs.
const TENDER: AssessmentTender = {
  discountRatePercent: 0,
  tcoHorizonYears: 1,
  internalCosts: [],
  sovereignty: null,
  sovereigntyCriterionWeight: null,
  standardRequirements: [],
  estimatedValueCents: 200_000,
  lots: [{ key: "LOT-1", estimatedValueCents: 1_000 }],
};

const BIDS = [
  // Received second: 100 000 + exit 10 000 = 110 000; everything it delivers is under EUPL-1.2.
  bid("alpha", 2, {
    costLines: [line("IMPLEMENTATION", 0, 100_000), line("EXIT", 2, 10_000)],
    components: [component("app", "EUPL-1.2"), component("router", "MIT", { relation: "DEPENDENCY" })],
  }),
  // Received first: 50 000, no exit line; a source-available core and a Llama model (class III claimed).
  bid("beta", 1, {
    costLines: [line("LICENCES", 1, 50_000)],
    components: [
      component("core", "BUSL-1.1"),
      component("assistant", "LicenseRef-Llama-3-Community", {
        relation: "DEPENDENCY",
        isAiModel: true,
        modelOpennessClass: "III",
      }),
    ],
  }),
  // Bids for a lot are not part of the tender-wide comparison.
  bid("gamma", 3, { lotKey: "LOT-1", components: [component("x", "NONE")] }),
];

describe("assessBids", () => {
  const result = assessBids(BIDS, TENDER, "eupl-1.2", null);

  it("assesses the bids of the tender (not of a lot) in the order received, with the outbound licence's list form", () => {
    expect(result.bids.map((entry) => entry.id)).toEqual(["beta", "alpha"]);
    expect(result.outboundLicence).toBe("EUPL-1.2");
    expect(result.lotKey).toBeNull();
  });

  it("keeps the comparison: costs, warnings, abnormally-low check and cost rank", () => {
    const [beta, alpha] = result.bids;
    expect(alpha!.tco.bidder.total.discounted.toNumber()).toBe(110_000);
    expect(beta!.tco.bidder.total.discounted.toNumber()).toBe(50_000);
    expect(beta!.tco.problems.map((problem) => problem.code)).toEqual(["tco.exitMissing"]);
    expect(alpha!.tco.problems).toEqual([]);
    // 50 000 < half of 200 000; 110 000 is not. Only one other bid each: no mean is compared.
    expect(beta!.abnormallyLow.reasons).toEqual(["BELOW_HALF_OF_ESTIMATE"]);
    expect(alpha!.abnormallyLow.flagged).toBe(false);
    expect([beta!.costRank, alpha!.costRank]).toEqual([1, 2]);
  });

  it("adds each bid's licence assessment against its own claim", () => {
    const [beta, alpha] = result.bids;
    // EUPL-1.2 and MIT are open: the claim holds; the delivered app is under the required licence.
    expect(licenceSummary(alpha!.licences)).toEqual({
      componentCount: 2,
      overallClass: "OPEN",
      notOpenCount: 0,
      unknownCount: 0,
      claimFlagged: false,
      claimStatus: "SUPPORTED",
      deliverablesNeedingAttention: 0,
      aiModelCount: 0,
      aiModelsRestrictingUse: 0,
    });
    // BUSL-1.1 and the Llama licence are both on the restricted list: not open. The delivered core
    // breaks the claim (open-washing) and is not open for the outbound licence; the model restricts use.
    expect(licenceSummary(beta!.licences)).toEqual({
      componentCount: 2,
      overallClass: "NOT_OPEN",
      notOpenCount: 2,
      unknownCount: 0,
      claimFlagged: true,
      claimStatus: "OPEN_WASHING",
      deliverablesNeedingAttention: 1,
      aiModelCount: 1,
      aiModelsRestrictingUse: 1,
    });
  });

  it("assesses a lot's bids with the lot's estimated value", () => {
    const lot = assessBids(BIDS, TENDER, "EUPL-1.2", "LOT-1");
    expect(lot.bids.map((entry) => entry.id)).toEqual(["gamma"]);
    expect(lot.estimatedValueCents).toBe(1_000);
    // NONE: no licence at all, not open; the bid claims open source and delivers it.
    expect(lot.bids[0]!.licences.openSourceClaim.status).toBe("OPEN_WASHING");
  });

  it("gives pages plain data: cents, and the licence summary beside the assessment", () => {
    const view = tenderBidsAssessmentView(result);
    expect(view.outboundLicence).toBe("EUPL-1.2");
    expect(view.bids.map((entry) => [entry.id, entry.tco.combined.total.discountedCents])).toEqual([
      ["beta", 50_000],
      ["alpha", 110_000],
    ]);
    expect(view.bids[0]!.licenceSummary.claimStatus).toBe("OPEN_WASHING");
    expect(view.bids[0]!.licences.components.map((entry) => entry.name)).toEqual(["core", "assistant"]);
    // Without an award (or without an openness criterion computed automatically): no openness points.
    expect(view.bids[0]!.automaticOpenness).toEqual([]);
  });

  it("adds the points of an openness criterion computed automatically, from the licences and standards", () => {
    const award: AwardCriteria = {
      criteria: [
        { key: "cost", name: "Cost", kind: "COST", weight: 80, costFormula: "F1" },
        { key: "openness", name: "Openness", kind: "OPENNESS", weight: 20, automaticOpenness: { licencesPercent: 50, standardsPercent: 50 } }, // prettier-ignore
      ],
      qualityScale: { max: 5, descriptors: [] },
      scoreAggregation: "CONSENSUS",
      discountRatePercent: 0,
      tcoHorizonYears: 1,
    };
    const view = tenderBidsAssessmentView(result, award);
    // The tender requires no standard, so the licences count alone. Alpha: EUPL-1.2 and MIT, 2 of 2
    // open → 20 points. Beta: open-washing (BUSL-1.1 delivered while it claims open source) → 0.
    expect(
      view.bids.map((entry) => [
        entry.id,
        entry.automaticOpenness.map((figures) => [figures.criterionName, figures.licenceBasis, figures.points.shown]),
      ]),
    ).toEqual([
      // prettier-ignore
      ["beta", [["Openness", "OPEN_WASHING", "0.00"]]],
      ["alpha", [["Openness", "COMPONENTS", "20.00"]]],
    ]);
  });
});
