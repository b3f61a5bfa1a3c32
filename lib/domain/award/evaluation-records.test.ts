import { describe, expect, it } from "vitest";
import type { BidContent } from "@/lib/domain/bids/bid-model";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import {
  DEFAULT_SOVEREIGNTY_WEIGHTS,
  SOVEREIGNTY_OBJECTIVES,
  type SovereigntyProfile,
} from "@/lib/domain/tender/sovereignty";
import { evaluationInputFromRecords, opennessFindings, type EvaluationRecords } from "./evaluation-records";

const award: AwardCriteria = {
  criteria: [
    { key: "cost", name: "Cost", kind: "COST", weight: 50, costFormula: "F1" },
    {
      key: "quality",
      name: "Quality",
      kind: "QUALITY",
      weight: 50,
      children: [
        { key: "fit", name: "Fit", kind: "QUALITY", weight: 60 },
        { key: "exit", name: "Exit", kind: "OPENNESS", weight: 40 },
      ],
    },
  ],
  qualityScale: { max: 5, descriptors: ["0", "1", "2", "3", "4", "5"] },
  scoreAggregation: "CONSENSUS",
  discountRatePercent: 3,
  tcoHorizonYears: 4,
};

const content = (name: string, lotKey: string | null, extra: Partial<BidContent> = {}): BidContent => ({
  bidder: { name, country: "BE", registrationId: "", isSme: true, contactName: "", contactEmail: "" },
  lotKey,
  solution: "",
  claimsOpenSource: false,
  costLines: [{ category: "LICENCES", year: 1, amountCents: 100, note: "" }],
  components: [],
  sovereigntyClaims: {},
  standardAnswers: [],
  ...extra,
});

const records = (overrides: Partial<EvaluationRecords> = {}): EvaluationRecords => ({
  award,
  sovereignty: null,
  lots: [
    { key: "LOT-1", title: "Hosting" },
    { key: "LOT-2", title: "Support" },
  ],
  internalCosts: [],
  outboundLicence: "EUPL-1.2",
  standardRequirements: [],
  disagreementThresholdPercent: 40,
  members: [
    { userId: "u-chair", name: "Chair", isChair: true, excludedLotKeys: [] },
    { userId: "u-1", name: "One", isChair: false, excludedLotKeys: ["LOT-2"] },
    { userId: "u-2", name: "Two", isChair: false, excludedLotKeys: [] },
  ],
  bids: [
    {
      id: "b2",
      receiptNumber: 2,
      lotKey: "LOT-2",
      content: content("Beta", "LOT-2"),
      internalCosts: null,
      sovereigntyReviews: {},
    },
    {
      id: "b1",
      receiptNumber: 1,
      lotKey: "LOT-1",
      content: content("Alpha", "LOT-1"),
      internalCosts: null,
      sovereigntyReviews: {},
    },
  ],
  scores: [
    { userId: "u-2", bidId: "b1", criterionKey: "fit", score: 4, justification: "Two on fit" },
    { userId: "u-1", bidId: "b1", criterionKey: "fit", score: 3, justification: "One on fit" },
    // u-1 declared a conflict on LOT-2: this score must not count.
    { userId: "u-1", bidId: "b2", criterionKey: "fit", score: 0, justification: "Conflicted" },
    { userId: "u-2", bidId: "b2", criterionKey: "fit", score: 5, justification: "Two on fit" },
    // Someone no longer on the panel.
    { userId: "u-gone", bidId: "b2", criterionKey: "exit", score: 1, justification: "Left" },
  ],
  consensus: [{ bidId: "b1", criterionKey: "fit", score: 4, rationale: "Agreed on 4" }],
  ...overrides,
});

describe("evaluationInputFromRecords", () => {
  it("orders bids by receipt, evaluations by panel order, and keeps only the scores that count", () => {
    const input = evaluationInputFromRecords(records());
    expect(input.bids.map((bid) => [bid.id, bid.label, bid.lotKey])).toEqual([
      ["b1", "Alpha", "LOT-1"],
      ["b2", "Beta", "LOT-2"],
    ]);
    expect(input.bids[0]!.scores).toEqual([
      {
        criterionKey: "fit",
        evaluations: [
          { evaluatorId: "u-1", score: 3, justification: "One on fit" },
          { evaluatorId: "u-2", score: 4, justification: "Two on fit" },
        ],
        consensus: { score: 4, rationale: "Agreed on 4" },
      },
    ]);
    // b2: u-1's conflicted score and the departed member's score are left out; "exit" then has
    // nothing, so it is absent (the evaluation reports it as not scored).
    expect(input.bids[1]!.scores).toEqual([
      {
        criterionKey: "fit",
        evaluations: [{ evaluatorId: "u-2", score: 5, justification: "Two on fit" }],
        consensus: null,
      },
    ]);
    expect(input.evaluators).toEqual([
      { id: "u-chair", name: "Chair", isChair: true },
      { id: "u-1", name: "One", isChair: false },
      { id: "u-2", name: "Two", isChair: false },
    ]);
    expect(input.method.disagreementThresholdPercent).toBe(40);
    expect(input.lots).toEqual([
      { key: "LOT-1", title: "Hosting" },
      { key: "LOT-2", title: "Support" },
    ]);
    expect(input.sovereignty).toBeNull();
  });

  it("drops a consensus on a MEAN tender, and carries claims and reviews per objective", () => {
    const input = evaluationInputFromRecords(
      records({
        award: { ...award, scoreAggregation: "MEAN" },
        sovereignty: {
          assessment: { dataSensitivity: 1, serviceCriticality: 1, legalExposure: 1, supplierDependence: 1 },
          minimumSeal: Object.fromEntries(
            SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, { seal: 1 }]),
          ) as SovereigntyProfile["minimumSeal"],
          weights: DEFAULT_SOVEREIGNTY_WEIGHTS,
        },
        bids: [
          {
            id: "b1",
            receiptNumber: 1,
            lotKey: "LOT-1",
            content: content("Alpha", "LOT-1", { sovereigntyClaims: { "SOV-1": { level: 3, evidence: "" } } }),
            internalCosts: null,
            sovereigntyReviews: {
              "SOV-1": { level: 2, justification: "", reviewerId: "", reviewerName: "", at: "" },
              "SOV-3": { level: 1, justification: "", reviewerId: "", reviewerName: "", at: "" },
            },
          },
        ],
      }),
    );
    expect(input.bids[0]!.scores[0]!.consensus).toBeNull();
    expect(input.bids[0]!.sovereignty).toEqual({
      "SOV-1": { claimed: 3, reviewed: 2 },
      "SOV-3": { claimed: null, reviewed: 1 },
    });
    expect(input.sovereignty?.gateMode).toBe("EXCLUDE");
  });
});

describe("opennessFindings", () => {
  it("counts components by licence class, flags open-washing and gives the standards coverage", () => {
    const findings = opennessFindings(
      content("Gamma", null, {
        claimsOpenSource: true,
        components: [
          { name: "core", version: "1", supplier: "", licence: "BUSL-1.1", repository: "", relation: "DELIVERED", isAiModel: false, modelOpennessClass: null }, // prettier-ignore
          { name: "db", version: "1", supplier: "", licence: "PostgreSQL", repository: "", relation: "DEPENDENCY", isAiModel: false, modelOpennessClass: null }, // prettier-ignore
          { name: "x", version: "1", supplier: "", licence: "LicenseRef-Own", repository: "", relation: "DEPENDENCY", isAiModel: false, modelOpennessClass: null }, // prettier-ignore
        ],
        standardAnswers: [
          { standardId: "A", answer: "MET", evidence: "" },
          { standardId: "B", answer: "PARTLY", evidence: "" },
        ],
      }),
      {
        outboundLicence: "EUPL-1.2",
        standardRequirements: [{ clauseKey: "c", parameter: "p", join: "and", standardIds: ["A", "B", "C"] }],
      },
    );
    // Coverage: (1 + 0.5 + 0) / 3 = 0.5 → 50 %, from its exact inputs: 3 required, 1 met, 1 partly.
    expect(findings).toEqual({
      components: 3,
      openComponents: 1,
      freeNotOsiComponents: 0,
      notOpenComponents: 1,
      unknownComponents: 1,
      standardsCoveragePercent: 50,
      standards: { required: 3, met: 1, partlyMet: 1 },
      openWashing: true,
    });
  });
});
