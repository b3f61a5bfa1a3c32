import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { evaluationTestFile, failure } from "@/scripts/testing/evaluation-suite";
import { BIDDERS, insertEveryScore, openedTenderWithPanel } from "@/scripts/testing/panel-fixtures";
import { listBidderNames, readOpenedBid, readOpenedBids } from "@/lib/server/bids/bid-access";
import { readBidTender } from "@/lib/server/bids/bid-tender";
import { assessTenderBids } from "@/lib/server/bids/assess-tender-bids";

// Price hiding and blind mode are enforced in bid-access.ts, the one read path of bids, so the
// pages built on it (the bid page, the assessment, the comparison) cannot show more.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const actions = await import("@/app/(app)/tenders/[tenderId]/evaluation/actions");
const bidActions = await import("@/app/(app)/tenders/[tenderId]/bids/[bidId]/actions");

const { db, cast, as } = evaluationTestFile(stubs, actions);

describe("prices hidden until the quality scores are submitted", () => {
  it("withholds bid prices and internal costs from an evaluator until they submit, and from the chair until the consensus", async () => {
    const { tender, bids, memberOf } = await openedTenderWithPanel(db, cast);
    const [first] = cast.evaluators;
    await db.bid.update({
      where: { id: bids[0]!.id },
      data: { internalCosts: [{ category: "INTERNAL_STAFF", year: 1, amountCents: 100, note: "Own" }] },
    });

    for (const viewer of [first, cast.chair]) {
      const read = await readOpenedBids(db, viewer, tender.id);
      expect(read.map((bid) => [bid.pricesHidden, bid.content.costLines, bid.internalCosts])).toEqual(
        bids.map(() => [true, [], null]),
      );
      expect((await readOpenedBid(db, viewer, tender.id, bids[0]!.id)).content.costLines).toEqual([]);
      expect(await readBidTender(db, viewer, tender.id)).toMatchObject({ internalCosts: [], costsHidden: true });
      expect(JSON.stringify(read)).not.toContain("amountCents");
    }
    // The procurement lead, not on the panel, sees them.
    const lead = await readOpenedBids(db, cast.roles.DRAFTER, tender.id);
    expect(lead[0]!.content.costLines.length).toBeGreaterThan(0);
    expect(lead[0]!.pricesHidden).toBe(false);

    await insertEveryScore(db, memberOf(first).id, bids, 2);
    expect((await as(first).submitScoresAction({ tenderId: tender.id, version: 0, confirm: "true" })).ok).toBe(true);
    const after = await readOpenedBid(db, first, tender.id, bids[0]!.id);
    expect(after.pricesHidden).toBe(false);
    expect(after.content.costLines.length).toBeGreaterThan(0);
    expect(after.internalCosts).toEqual([{ category: "INTERNAL_STAFF", year: 1, amountCents: 100, note: "Own" }]);
    expect((await readBidTender(db, first, tender.id)).internalCosts).toHaveLength(1);
    // The chair still does not, until the consensus is complete.
    expect((await readOpenedBid(db, cast.chair, tender.id, bids[0]!.id)).pricesHidden).toBe(true);
    await db.evaluationPanel.update({ where: { tenderId: tender.id }, data: { consensusCompletedAt: new Date() } });
    expect((await readOpenedBid(db, cast.chair, tender.id, bids[0]!.id)).pricesHidden).toBe(false);
  });

  it("keeps costs out of the automatic assessment too, and says why a member without a declaration sees nothing", async () => {
    const { tender } = await openedTenderWithPanel(db, cast);
    const hidden = await assessTenderBids(db, cast.evaluators[0], tender.id, null);
    expect(hidden).toMatchObject({ state: "OPENED", pricesHidden: true });
    if (hidden.state !== "OPENED") return;
    // No bid prices, and the tender's internal costs (45,000.00 a year) left out as well.
    for (const bid of hidden.assessment.bids) expect(bid.tco.combined.total.nominalCents).toBe(0);
    const lead = await assessTenderBids(db, cast.roles.DRAFTER, tender.id, null);
    expect(lead).toMatchObject({ state: "OPENED", pricesHidden: false });
    if (lead.state === "OPENED") expect(lead.assessment.bids[0]!.tco.internal.total.nominalCents).toBe(4_500_000);

    const unsigned = await openedTenderWithPanel(db, cast, { panel: { signed: false } });
    expect(await assessTenderBids(db, cast.evaluators[0], unsigned.tender.id, null)).toEqual({
      state: "REFUSED",
      messageKey: "errors.evaluation.bidAccess.declarationToSign",
    });
  });

  it("shows prices at once when the panel does not hide them", async () => {
    const { tender } = await openedTenderWithPanel(db, cast, {
      panel: { settings: { pricesHiddenUntilSubmitted: false } },
    });
    const [bid] = await readOpenedBids(db, cast.evaluators[0], tender.id);
    expect(bid!.pricesHidden).toBe(false);
    expect(bid!.content.costLines.length).toBeGreaterThan(0);
  });
});

describe("blind mode", () => {
  it("gives the panel neutral labels until the consensus is complete, then asks them to confirm against the names", async () => {
    const { tender, bids } = await openedTenderWithPanel(db, cast, {
      panel: { settings: { blindMode: true }, signed: false },
    });
    const [first] = cast.evaluators;
    expect((await as(first).signDeclarationAction({ tenderId: tender.id, version: 0, agree: "true" })).ok).toBe(true);

    const read = await readOpenedBids(db, first, tender.id);
    expect(read.map((bid) => [bid.blindLabel, bid.content.bidder.name])).toEqual([
      ["A", "Bid A"],
      ["B", "Bid B"],
      ["C", "Bid C"],
    ]);
    expect(read[0]!.content.bidder).toMatchObject({ registrationId: "", contactName: "", contactEmail: "" });
    const text = JSON.stringify(read);
    for (const name of BIDDERS) expect(text).not.toContain(name);
    // Nor the names alone, for a declaration: they are not shown to the panel yet.
    expect(await failure(listBidderNames(db, first, tender.id))).toBe("FORBIDDEN");
    // The procurement lead, not on the panel, sees the names.
    expect((await readOpenedBid(db, cast.roles.DRAFTER, tender.id, bids[0]!.id)).content.bidder.name).toBe(BIDDERS[0]);

    await db.evaluationPanel.update({ where: { tenderId: tender.id }, data: { consensusCompletedAt: new Date() } });
    // Names are shown now: confirm the declaration against them before reading on.
    expect(await failure(readOpenedBids(db, first, tender.id))).toBe(
      "FORBIDDEN errors.evaluation.bidAccess.namesToConfirm",
    );
    expect((await listBidderNames(db, first, tender.id)).map((bid) => bid.bidderName)).toEqual([...BIDDERS]);
    expect((await as(first).confirmNamesAction({ tenderId: tender.id, version: 1, agree: "true" })).ok).toBe(true);
    expect((await readOpenedBids(db, first, tender.id))[0]!.content.bidder.name).toBe(BIDDERS[0]);
    const [confirmed] = await db.auditEvent.findMany({
      where: { entityId: tender.id, action: "evaluation.declaration_confirmed" },
    });
    expect(confirmed!.after).toMatchObject({ member: first.email, bidders: [...BIDDERS] });
  });

  it("keeps the names out of a sovereignty review's answer too", async () => {
    const { tender, bids } = await openedTenderWithPanel(db, cast, { panel: { settings: { blindMode: true } } });
    stubs.viewer = cast.evaluators[1];
    const result = await bidActions.reviewSovereigntyAction({
      tenderId: tender.id,
      bidId: bids[1]!.id,
      version: 0,
      objective: "SOV-1",
      level: "2",
      justification: "Ownership not evidenced",
    });
    expect(result).toEqual({ ok: true, data: { version: 1 } });
  });
});
