import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SovereigntyClaims } from "@/lib/domain/bids/bid-model";
import { SOVEREIGNTY_OBJECTIVES } from "@/lib/domain/tender/sovereignty";
import type { Lot } from "@/lib/domain/tender/lots";
import {
  createPublishedTender,
  insertSealedBid,
  markBidsOpened,
  sampleBidContent,
} from "@/scripts/testing/bid-fixtures";
import { connectTestDatabase, createRoleViewers, type RoleViewers } from "@/scripts/testing/test-database";
import { assessTenderBids } from "./assess-tender-bids";

const db = connectTestDatabase();
const viewers = {} as RoleViewers;

beforeAll(async () => {
  Object.assign(viewers, await createRoleViewers(db));
});
afterAll(() => db.$disconnect());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string }) => error.code,
  );

const sealFour: SovereigntyClaims = Object.fromEntries(
  SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, { level: 4, evidence: "Certified" }]),
);

// The fixture tender: 3 % over 4 years (exit year 5), the case-management clauses (EUPL-1.2
// deliverables), the SOVEREIGNTY criterion weighing 10 %, minimum SEAL-2 on SOV-2.
const content = (name: string, lotKey: string | null = null) =>
  sampleBidContent({
    bidder: { ...sampleBidContent().bidder, name, registrationId: name },
    lotKey,
    costLines: [
      { category: "IMPLEMENTATION", year: 0, amountCents: 1_000_000, note: "" },
      { category: "EXIT", year: 5, amountCents: 1_000_000, note: "" },
    ],
    sovereigntyClaims: sealFour,
  });

async function openedTender(lots: Lot[] = []) {
  const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id, { lots });
  return tender;
}

const open = (tenderId: string) => markBidsOpened(db, tenderId, viewers.DRAFTER.userId, viewers.ADMIN.userId);

describe("before the opening", () => {
  it("says the bids are sealed, and nothing of them, to everyone who handles bids", async () => {
    const tender = await openedTender();
    await insertSealedBid(db, tender.id, { content: content("Sealed Bidder Ltd") });
    for (const who of ["DRAFTER", "EVALUATOR", "ADMIN"] as const) {
      const result = await assessTenderBids(db, viewers[who], tender.id, null);
      expect(result).toEqual({ state: "SEALED" });
    }
  });

  it("is not found for the OSPO and for another organisation", async () => {
    const tender = await openedTender();
    await insertSealedBid(db, tender.id, { content: content("Sealed Bidder Ltd") });
    expect(await failure(assessTenderBids(db, viewers.OSPO, tender.id, null))).toBe("NOT_FOUND");
    expect(await failure(assessTenderBids(db, viewers.OTHER_DRAFTER, tender.id, null))).toBe("NOT_FOUND");
  });
});

describe("after the opening", () => {
  it("assesses the bids for drafters and administrators, leaving out withdrawn bids", async () => {
    const tender = await openedTender();
    const first = await insertSealedBid(db, tender.id, { content: content("Alpha Coop") });
    await insertSealedBid(db, tender.id, { content: content("Withdrawn Ltd"), withdrawnAt: new Date() });
    await open(tender.id);

    // An evaluator reads bids only as a member of the tender's panel: there is none yet.
    expect(await assessTenderBids(db, viewers.EVALUATOR, tender.id, null)).toEqual({
      state: "REFUSED",
      messageKey: "errors.evaluation.bidAccess.noPanel",
    });
    for (const who of ["DRAFTER", "ADMIN"] as const) {
      const result = await assessTenderBids(db, viewers[who], tender.id, null);
      if (result.state !== "OPENED") throw new Error("expected the assessment");
      expect(result.settings).toEqual({ discountRatePercent: 3, tcoHorizonYears: 4, lastYear: 5 });
      expect(result.outboundLicence.licenceId).toBe("EUPL-1.2");
      expect(result.assessment.bids.map((bid) => bid.bidderName)).toEqual(["Alpha Coop"]);
      const bid = result.assessment.bids[0]!;
      expect(bid.id).toBe(first.id);
      // 10 000.00 in year 0, and 10 000.00 / 1.03^5 = 10 000.00 / 1.1592740743 = 8 626.09 in year 5.
      expect(bid.tco.bidder.total).toMatchObject({ nominalCents: 2_000_000, discountedCents: 1_862_609 });
      // The fixture tender has no internal costs: together is the bidder's figure.
      expect(bid.tco.combined.total.discountedCents).toBe(1_862_609);
      expect(bid.tco.problems).toEqual([]);
      // SEAL-4 everywhere: gate passed, 100 %, 100 × 10 / 100 = 10 points.
      expect(bid.sovereignty).toMatchObject({ gate: "PASSED", overallSeal: 4, scorePercent: 100, points: 10 });
      // EUPL-1.2 delivered and the PostgreSQL licence as a dependency: open, the claim holds.
      expect(bid.licenceSummary).toMatchObject({ claimStatus: "SUPPORTED", overallClass: "OPEN", componentCount: 2 });
      expect(bid.licences.components[0]!.deliverable?.verdict).toBe("SAME_LICENCE");
      // The bid answers no standard: every required one is unanswered.
      expect(bid.standards.standards.length).toBeGreaterThan(0);
      expect(bid.standards.standards.every((standard) => standard.status === "UNANSWERED")).toBe(true);
      expect(bid.abnormallyLow.otherCount).toBe(0);
    }
  });

  it("uses the evaluator's reviewed level, not the claim", async () => {
    const tender = await openedTender();
    const bid = await insertSealedBid(db, tender.id, { content: content("Reviewed SA") });
    await open(tender.id);
    await db.bid.update({
      where: { id: bid.id },
      data: {
        sovereigntyReviews: {
          "SOV-2": { level: 1, justification: "US parent company", reviewerId: "x", reviewerName: "E", at: "2026-01-01T00:00:00Z" }, // prettier-ignore
        },
      },
    });
    const result = await assessTenderBids(db, viewers.DRAFTER, tender.id, null);
    if (result.state !== "OPENED") throw new Error("expected the assessment");
    const sov2 = result.assessment.bids[0]!.sovereignty!.objectives.find((entry) => entry.objective === "SOV-2")!;
    expect(sov2).toMatchObject({
      claimed: 4,
      reviewed: 1,
      level: 1,
      source: "REVIEW",
      minimum: 2,
      meetsMinimum: false,
    });
    expect(result.assessment.bids[0]!.sovereignty).toMatchObject({ gate: "EXCLUDED", points: null });
    expect(result.assessment.bids[0]!.admissible).toBe(false);
  });

  it("stays out of reach of the OSPO and of another organisation once opened", async () => {
    const tender = await openedTender();
    await insertSealedBid(db, tender.id, { content: content("Alpha Coop") });
    await open(tender.id);
    expect(await failure(assessTenderBids(db, viewers.OSPO, tender.id, null))).toBe("NOT_FOUND");
    expect(await failure(assessTenderBids(db, viewers.OTHER_DRAFTER, tender.id, null))).toBe("NOT_FOUND");
  });
});

describe("lots", () => {
  const LOTS: Lot[] = [
    { key: "LOT-1", title: "Portal", description: "", cpv: null, estimatedValueCents: 4_000_000 },
    { key: "LOT-2", title: "Maps", description: "", cpv: null, estimatedValueCents: 100_000_000 },
  ];

  it("compares the bids of one lot, with the lot's estimated value", async () => {
    const tender = await openedTender(LOTS);
    await insertSealedBid(db, tender.id, { content: content("Portal One", "LOT-1") });
    await insertSealedBid(db, tender.id, { content: content("Maps One", "LOT-2") });
    await insertSealedBid(db, tender.id, { content: content("Portal Two", "LOT-1") });
    await open(tender.id);

    const lot1 = await assessTenderBids(db, viewers.DRAFTER, tender.id, "LOT-1");
    if (lot1.state !== "OPENED") throw new Error("expected the assessment");
    expect(lot1.assessment.lotKey).toBe("LOT-1");
    expect(lot1.assessment.estimatedValueCents).toBe(4_000_000);
    expect(lot1.assessment.bids.map((bid) => bid.bidderName)).toEqual(["Portal One", "Portal Two"]);
    // Each bid's discounted 1 862 608.78 is 46.6 % of the lot's 4 000 000: below half, flagged.
    expect(lot1.assessment.bids.map((bid) => bid.abnormallyLow.reasons)).toEqual([
      ["BELOW_HALF_OF_ESTIMATE"],
      ["BELOW_HALF_OF_ESTIMATE"],
    ]);

    const lot2 = await assessTenderBids(db, viewers.DRAFTER, tender.id, "LOT-2");
    if (lot2.state !== "OPENED") throw new Error("expected the assessment");
    expect(lot2.assessment.bids.map((bid) => bid.bidderName)).toEqual(["Maps One"]);
  });

  it("refuses a lot the tender does not have, and no lot on a tender with lots (and a lot on one without)", async () => {
    const withLots = await openedTender(LOTS);
    const withoutLots = await openedTender();
    expect(await failure(assessTenderBids(db, viewers.DRAFTER, withLots.id, null))).toBe("NOT_FOUND");
    expect(await failure(assessTenderBids(db, viewers.DRAFTER, withLots.id, "LOT-9"))).toBe("NOT_FOUND");
    expect(await failure(assessTenderBids(db, viewers.DRAFTER, withoutLots.id, "LOT-1"))).toBe("NOT_FOUND");
  });
});
