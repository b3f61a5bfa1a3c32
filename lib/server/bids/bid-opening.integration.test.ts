import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { actionTestSession } from "@/scripts/testing/action-session";
import { createPublishedTender, insertSealedBid } from "@/scripts/testing/bid-fixtures";
import { createTestViewer } from "@/scripts/testing/test-database";
import { readOpenedBid } from "./bid-access";
import { confirmOpening, getOpeningView, requestOpening } from "./bid-opening";

// The server actions run for real (validation, permission, transaction, audit events); only the
// session (who is signed in) and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { requestOpeningAction, confirmOpeningAction, withdrawOpeningRequestAction } =
  await import("@/app/(app)/tenders/[tenderId]/bids/opening/actions");

const { db, viewers } = actionTestSession(stubs);
let secondDrafter: Viewer;

beforeAll(async () => {
  secondDrafter = await createTestViewer(db, viewers.DRAFTER.organisation.id, ["DRAFTER"]);
});

async function tenderWithBids(options: Parameters<typeof createPublishedTender>[2] = {}) {
  const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id, options);
  await insertSealedBid(db, tender.id);
  await insertSealedBid(db, tender.id);
  return tender;
}

const request = (viewer: Viewer, tenderId: string) => {
  stubs.viewer = viewer;
  return requestOpeningAction({ tenderId });
};
const confirm = (viewer: Viewer, tenderId: string, requestId: string) => {
  stubs.viewer = viewer;
  return confirmOpeningAction({ tenderId, requestId });
};
const withdraw = (viewer: Viewer, tenderId: string, requestId: string) => {
  stubs.viewer = viewer;
  return withdrawOpeningRequestAction({ tenderId, requestId });
};
const requestIdOf = async (tenderId: string) => (await db.bidOpening.findUniqueOrThrow({ where: { tenderId } })).id;
const events = (tenderId: string) =>
  db.auditEvent.findMany({
    where: { entityId: tenderId, action: { startsWith: "bid." } },
    orderBy: { occurredAt: "asc" },
  });

describe("the four-eyes opening", () => {
  it("is requested by one person and confirmed by another; then the bids can be read, and it is audited", async () => {
    const tender = await tenderWithBids();
    expect(await request(viewers.DRAFTER, tender.id)).toEqual({ ok: true, data: null });
    const requestId = await requestIdOf(tender.id);
    const view = await getOpeningView(db, viewers.EVALUATOR, tender.id);
    expect(view).toMatchObject({
      phase: { kind: "REQUESTED" },
      bidCount: 2,
      request: { id: requestId, requestedBy: { name: viewers.DRAFTER.name }, confirmedBy: null, openedAt: null },
    });

    expect(await confirm(viewers.ADMIN, tender.id, requestId)).toEqual({ ok: true, data: null });
    const opening = await db.bidOpening.findUniqueOrThrow({ where: { tenderId: tender.id } });
    expect(opening.confirmedById).toBe(viewers.ADMIN.userId);
    expect(opening.openedAt).toBeInstanceOf(Date);
    const [bid] = await db.bid.findMany({ where: { tenderId: tender.id }, orderBy: { receiptNumber: "asc" } });
    expect((await readOpenedBid(db, viewers.DRAFTER, tender.id, bid!.id)).content.bidder.name).toBe("Codeworks Coop");
    // An evaluator reads bids only as a member of the tender's panel, which is not set up yet.
    await expect(readOpenedBid(db, viewers.EVALUATOR, tender.id, bid!.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "errors.evaluation.bidAccess.noPanel",
    });

    const trail = await events(tender.id);
    expect(trail.map((event) => [event.action, event.actorEmail])).toEqual([
      ["bid.opening_requested", viewers.DRAFTER.email],
      ["bid.opened", viewers.ADMIN.email],
    ]);
    expect(trail[0]!.after).toEqual({ requestId, requestedBy: viewers.DRAFTER.email, bidCount: 2 });
    expect(trail[1]!.after).toMatchObject({ confirmedBy: viewers.ADMIN.email, bidCount: 2, status: "EVALUATION" });
    expect(trail[1]!.before).toMatchObject({ status: "PUBLISHED" });
    // The opening starts the evaluation: the tender moves on, under a new version with its revision.
    const moved = await db.tender.findUniqueOrThrow({ where: { id: tender.id } });
    expect(moved).toMatchObject({ status: "EVALUATION", version: tender.version + 1 });
    expect(await db.tenderRevision.count({ where: { tenderId: tender.id, section: "status" } })).toBe(1);
    // Counts and people, never what a bid says.
    expect(JSON.stringify(trail)).not.toMatch(/Codeworks|amountCents|EUPL/);
  });

  it("refuses the requester's own confirmation, with a clear reason, and leaves the bids sealed", async () => {
    const tender = await tenderWithBids();
    await request(viewers.DRAFTER, tender.id);
    expect(await confirm(viewers.DRAFTER, tender.id, await requestIdOf(tender.id))).toEqual({
      ok: false,
      code: "FORBIDDEN",
      formError: "errors.bidOpening.sameUser",
      fieldErrors: {},
    });
    expect((await db.bidOpening.findUniqueOrThrow({ where: { tenderId: tender.id } })).openedAt).toBeNull();
  });

  it("refuses a second request and a second confirmation", async () => {
    const tender = await tenderWithBids();
    await request(viewers.DRAFTER, tender.id);
    expect(await request(secondDrafter, tender.id)).toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: "errors.bidOpening.alreadyRequested",
    });
    const requestId = await requestIdOf(tender.id);
    expect((await confirm(secondDrafter, tender.id, requestId)).ok).toBe(true);
    expect(await confirm(viewers.ADMIN, tender.id, requestId)).toMatchObject({
      ok: false,
      formError: "errors.bidOpening.alreadyOpened",
    });
    expect((await events(tender.id)).filter((event) => event.action === "bid.opened")).toHaveLength(1);
  });

  it("lets exactly one of two simultaneous confirmations, and one of two simultaneous requests, through", async () => {
    const tender = await tenderWithBids();
    // Simultaneous calls need a session each: the use cases behind the actions, in their own transactions.
    const bothRequests = await Promise.allSettled([
      db.$transaction((tx) => requestOpening(tx, viewers.DRAFTER, tender.id)),
      db.$transaction((tx) => requestOpening(tx, secondDrafter, tender.id)),
    ]);
    expect(bothRequests.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const opening = await db.bidOpening.findUniqueOrThrow({ where: { tenderId: tender.id } });
    const confirmers = [viewers.DRAFTER, secondDrafter, viewers.ADMIN].filter(
      (v) => v.userId !== opening.requestedById,
    );
    const bothConfirmations = await Promise.allSettled(
      confirmers.map((viewer) =>
        db.$transaction((tx) => confirmOpening(tx, viewer, { tenderId: tender.id, requestId: opening.id })),
      ),
    );
    expect(bothConfirmations.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(bothConfirmations.find((result) => result.status === "rejected")).toMatchObject({
      reason: { code: "CONFLICT", messageKey: "errors.bidOpening.alreadyOpened" },
    });
  });

  it("cannot be requested or confirmed before the end of the deadline day", async () => {
    const today = new Date(new Date().toISOString().slice(0, 10));
    // Deadline tomorrow (in UTC, so tomorrow or today in Brussels): not yet.
    const tender = await tenderWithBids({ tenderDeadline: new Date(today.getTime() + 86_400_000) });
    expect(await request(viewers.DRAFTER, tender.id)).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
      formError: "errors.bidOpening.beforeDeadline",
    });
    // A request made before a corrigendum moved the deadline cannot be confirmed either.
    const moved = await tenderWithBids();
    await request(viewers.DRAFTER, moved.id);
    await db.tender.update({
      where: { id: moved.id },
      data: { tenderDeadline: new Date(today.getTime() + 7 * 86_400_000) },
    });
    expect(await confirm(viewers.ADMIN, moved.id, await requestIdOf(moved.id))).toMatchObject({
      ok: false,
      formError: "errors.bidOpening.beforeDeadline",
    });
  });

  it("is for those with bid.open in the tender's organisation only", async () => {
    const tender = await tenderWithBids();
    expect(await request(viewers.EVALUATOR, tender.id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await request(viewers.OSPO, tender.id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await request(viewers.OTHER_DRAFTER, tender.id)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await request(viewers.DRAFTER, tender.id);
    const requestId = await requestIdOf(tender.id);
    expect(await confirm(viewers.EVALUATOR, tender.id, requestId)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await confirm(viewers.OTHER_DRAFTER, tender.id, requestId)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.bidOpening.findUniqueOrThrow({ where: { tenderId: tender.id } })).openedAt).toBeNull();
  });

  it("can be withdrawn by the requester only, and a confirmation of a withdrawn request fails", async () => {
    const tender = await tenderWithBids();
    await request(viewers.DRAFTER, tender.id);
    const requestId = await requestIdOf(tender.id);
    expect(await withdraw(viewers.ADMIN, tender.id, requestId)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      formError: "errors.bidOpening.notRequester",
    });
    expect(await withdraw(viewers.DRAFTER, tender.id, requestId)).toEqual({ ok: true, data: null });
    expect(await db.bidOpening.findUnique({ where: { tenderId: tender.id } })).toBeNull();
    expect(await confirm(viewers.ADMIN, tender.id, requestId)).toMatchObject({
      ok: false,
      formError: "errors.bidOpening.notRequested",
    });
    // Asked again, the old request's id confirms nothing.
    await request(secondDrafter, tender.id);
    expect(await confirm(viewers.ADMIN, tender.id, requestId)).toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: "errors.bidOpening.changedMeanwhile",
    });
    expect((await events(tender.id)).map((event) => event.action)).toEqual([
      "bid.opening_requested",
      "bid.opening_withdrawn",
      "bid.opening_requested",
    ]);
  });

  it("counts the bids, not the withdrawn ones, and refuses an opening with nothing to open", async () => {
    const empty = await createPublishedTender(db, viewers.DRAFTER.organisation.id);
    await insertSealedBid(db, empty.id, { withdrawnAt: new Date() });
    expect(await getOpeningView(db, viewers.DRAFTER, empty.id)).toMatchObject({
      phase: { kind: "NO_BIDS" },
      bidCount: 0,
      withdrawnCount: 1,
    });
    expect(await request(viewers.DRAFTER, empty.id)).toMatchObject({ formError: "errors.bidOpening.noBids" });
  });
});
