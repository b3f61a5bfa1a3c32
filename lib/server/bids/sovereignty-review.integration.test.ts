import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import type { SovereigntyReviewInput } from "@/lib/schemas/sovereignty-review";
import { actionTestSession } from "@/scripts/testing/action-session";
import { createPublishedTender, insertSealedBid, markBidsOpened } from "@/scripts/testing/bid-fixtures";
import { createPanel } from "@/scripts/testing/panel-fixtures";
import { createTestViewer } from "@/scripts/testing/test-database";
import { readOpenedBid } from "./bid-access";

const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { reviewSovereigntyAction } = await import("@/app/(app)/tenders/[tenderId]/bids/[bidId]/actions");

const { db, viewers, runAs } = actionTestSession(stubs);

const review = runAs(reviewSovereigntyAction);

/**
 * An opened bid claiming SEAL-3 on SOV-1 and SEAL-4 on SOV-2 (the sample bid); unless told
 * otherwise, its tender has a panel on which viewers.EVALUATOR sits with a complete declaration:
 * an evaluator reads (and so reviews) bids only as a member of the tender's panel.
 */
async function openedBid(panel: "DECLARED" | "NOT_SIGNED" | "NONE" = "DECLARED") {
  const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id);
  const bid = await insertSealedBid(db, tender.id);
  await markBidsOpened(db, tender.id, viewers.DRAFTER.userId, viewers.ADMIN.userId);
  if (panel !== "NONE") {
    const colleague = () => createTestViewer(db, viewers.DRAFTER.organisation.id, ["EVALUATOR"]);
    const people = { chair: await colleague(), evaluators: [viewers.EVALUATOR, await colleague()] };
    await createPanel(db, tender.id, people, { signed: panel === "DECLARED" });
  }
  return { tenderId: tender.id, bidId: bid.id };
}

const lowerSov2 = (ids: { tenderId: string; bidId: string }, version = 0): SovereigntyReviewInput => ({
  ...ids,
  version,
  objective: "SOV-2",
  level: "2",
  justification: "The hosting subcontractor belongs to a group headquartered outside the EU.",
});

describe("reviewing a claimed sovereignty level", () => {
  it("lets an evaluator lower a level with a justification; the claim stays beside it; audited", async () => {
    const ids = await openedBid();
    expect(await review(viewers.EVALUATOR, lowerSov2(ids))).toEqual({ ok: true, data: { version: 1 } });
    const bid = await readOpenedBid(db, viewers.EVALUATOR, ids.tenderId, ids.bidId);
    expect(bid.content.sovereigntyClaims["SOV-2"]).toEqual({ level: 4, evidence: "No non-EU parent company" });
    expect(bid.sovereigntyReviews["SOV-2"]).toMatchObject({
      level: 2,
      justification: lowerSov2(ids).justification,
      reviewerId: viewers.EVALUATOR.userId,
      reviewerName: viewers.EVALUATOR.name,
    });
    const [event] = await db.auditEvent.findMany({
      where: { entityId: ids.bidId, action: "bid.sovereignty_reviewed" },
    });
    expect(event).toMatchObject({
      actorEmail: viewers.EVALUATOR.email,
      before: { receiptNumber: 1, objective: "SOV-2", level: null },
      after: {
        receiptNumber: 1,
        objective: "SOV-2",
        claimedLevel: 4,
        level: 2,
        justification: lowerSov2(ids).justification,
      },
    });
  });

  it("lets an evaluator confirm a claim, and review again (the trail keeps both)", async () => {
    const ids = await openedBid();
    expect(
      (await review(viewers.EVALUATOR, { ...lowerSov2(ids), level: "4", justification: "Checked the register." })).ok,
    ).toBe(true);
    expect((await review(viewers.EVALUATOR, lowerSov2(ids, 1))).ok).toBe(true);
    const trail = await db.auditEvent.findMany({
      where: { entityId: ids.bidId, action: "bid.sovereignty_reviewed" },
      orderBy: { occurredAt: "asc" },
    });
    expect(
      trail.map((event) => [
        (event.before as { level: number | null }).level,
        (event.after as { level: number }).level,
      ]),
    ).toEqual([
      [null, 4],
      [4, 2],
    ]);
  });

  it("never raises a level above the claim (an objective without a claim counts as SEAL-0)", async () => {
    const ids = await openedBid();
    expect(await review(viewers.EVALUATOR, { ...lowerSov2(ids), objective: "SOV-1", level: "4" })).toEqual({
      ok: false,
      code: "VALIDATION",
      formError: "validation.sovereigntyReview.aboveClaim",
      fieldErrors: { level: ["validation.sovereigntyReview.aboveClaim"] },
    });
    expect(await review(viewers.EVALUATOR, { ...lowerSov2(ids), objective: "SOV-8", level: "1" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect((await db.bid.findUniqueOrThrow({ where: { id: ids.bidId } })).sovereigntyReviews).toEqual({});
  });

  it("requires a justification", async () => {
    const ids = await openedBid();
    expect(await review(viewers.EVALUATOR, { ...lowerSov2(ids), justification: "  " })).toMatchObject({
      ok: false,
      fieldErrors: { justification: ["validation.sovereigntyReview.justificationRequired"] },
    });
  });

  it("refuses a review from a version someone else has changed since", async () => {
    const ids = await openedBid();
    expect((await review(viewers.EVALUATOR, lowerSov2(ids))).ok).toBe(true);
    expect(await review(viewers.EVALUATOR, { ...lowerSov2(ids), level: "1" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: "errors.bidChangedMeanwhile",
    });
  });

  it.each([
    ["DRAFTER", "FORBIDDEN"],
    ["OSPO", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
  ] as const)("is for evaluators only: a %s is refused (%s)", async (who, code) => {
    const ids = await openedBid();
    expect(await review(viewers[who], lowerSov2(ids))).toMatchObject({ ok: false, code });
  });

  it.each([
    ["NONE", "noPanel"],
    ["NOT_SIGNED", "declarationToSign"],
  ] as const)("refuses an evaluator when the tender's panel is %s (%s): nothing is saved", async (panel, reason) => {
    const ids = await openedBid(panel);
    expect(await review(viewers.EVALUATOR, lowerSov2(ids))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      formError: `errors.evaluation.bidAccess.${reason}`,
    });
    expect((await db.bid.findUniqueOrThrow({ where: { id: ids.bidId } })).sovereigntyReviews).toEqual({});
  });

  it("lets a procurement lead who also holds the evaluator role review, panel or not", async () => {
    const ids = await openedBid("NONE");
    const lead = await createTestViewer(db, viewers.DRAFTER.organisation.id, ["DRAFTER", "EVALUATOR"]);
    expect(await review(lead, lowerSov2(ids))).toEqual({ ok: true, data: { version: 1 } });
  });

  it("keeps another organisation's evaluator out", async () => {
    const ids = await openedBid();
    const { createTestViewer, createTestOrganisation } = await import("@/scripts/testing/test-database");
    const outsider = await createTestViewer(db, (await createTestOrganisation(db)).id, ["EVALUATOR"]);
    expect(await review(outsider, lowerSov2(ids))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
