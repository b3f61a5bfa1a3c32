import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { actionTestSession } from "@/scripts/testing/action-session";
import { createPublishedTender, sampleBidContent } from "@/scripts/testing/bid-fixtures";
import { registerBidFormValues, yesterday } from "@/scripts/testing/bid-reception";
import { registerBids } from "./register-bids";

// The server action runs for real (validation, permission, transaction, audit events); only the
// session (who is signed in) and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { registerBidAction } = await import("@/app/(app)/tenders/[tenderId]/bids/actions");

const { db, viewers, runAs } = actionTestSession(stubs);

const tenderFor = (options: Parameters<typeof createPublishedTender>[2] = {}) =>
  createPublishedTender(db, viewers.DRAFTER.organisation.id, options);

const registerAs = runAs(registerBidAction);

const bidCount = (tenderId: string) => db.bid.count({ where: { tenderId } });

describe("registering a bid through the form", () => {
  it.each([
    ["DRAFTER", { ok: true }],
    ["ADMIN", { ok: true }],
    ["EVALUATOR", { ok: false, code: "FORBIDDEN" }],
    ["OSPO", { ok: false, code: "FORBIDDEN" }],
    // Another organisation's tender does not exist for them.
    ["OTHER_DRAFTER", { ok: false, code: "NOT_FOUND" }],
  ] as const)("%s: %j", async (role, outcome) => {
    const tender = await tenderFor();
    const result = await registerAs(viewers[role], registerBidFormValues(tender.id));
    expect(result).toMatchObject(outcome);
    expect(await bidCount(tender.id)).toBe(outcome.ok ? 1 : 0);
  });

  it("stores the bid sealed, as received, with who entered it", async () => {
    const tender = await tenderFor();
    const result = await registerAs(
      viewers.DRAFTER,
      registerBidFormValues(tender.id, sampleBidContent(), yesterday(), "23:59"),
    );
    expect(result).toEqual({ ok: true, data: { receiptNumber: 1, lotKey: null } });
    const bid = await db.bid.findFirstOrThrow({ where: { tenderId: tender.id } });
    expect(bid).toMatchObject({
      receiptNumber: 1,
      source: "FORM",
      lotKey: null,
      createdById: viewers.DRAFTER.userId,
      withdrawnAt: null,
      // Entered as 23:59 on the deadline day: kept as those digits.
      receivedAt: new Date(`${yesterday()}T23:59:00.000Z`),
    });
    // The content as the bid model has it: amounts in cents, claims without blanks.
    expect(bid.content).toEqual(sampleBidContent());
  });

  it("numbers receipts 1, 2, 3… per tender", async () => {
    const [tender, other] = [await tenderFor(), await tenderFor()];
    const numbers = [];
    for (let i = 0; i < 3; i++) {
      // Three bidders: a second bid of the same one waits for a confirmation (same-bidder.integration.test.ts).
      const content = sampleBidContent({ bidder: { ...sampleBidContent().bidder, registrationId: `BE00${i}` } });
      const result = await registerAs(viewers.DRAFTER, registerBidFormValues(tender.id, content));
      numbers.push(result.ok ? result.data.receiptNumber : null);
    }
    const first = await registerAs(viewers.ADMIN, registerBidFormValues(other.id));
    expect(numbers).toEqual([1, 2, 3]);
    expect(first).toMatchObject({ ok: true, data: { receiptNumber: 1 } });
  });

  it("gives distinct numbers without gaps to registrations made at the same moment", async () => {
    const tender = await tenderFor();
    const bid = { receivedAt: new Date(`${yesterday()}T10:00:00Z`), content: sampleBidContent() };
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        db.$transaction((tx) =>
          registerBids(tx, viewers.DRAFTER, {
            tenderId: tender.id,
            source: "FORM",
            bids: [bid],
            confirmSameBidder: true,
          }),
        ),
      ),
    );
    const numbers = results.map((result) => result.registered[0]!.receiptNumber).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("refuses a tender that is not published", async () => {
    const tender = await tenderFor();
    await db.tender.update({ where: { id: tender.id }, data: { status: "APPROVED" } });
    expect(await registerAs(viewers.DRAFTER, registerBidFormValues(tender.id))).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
      formError: "errors.bidReception.tenderNotPublished",
    });
    expect(await bidCount(tender.id)).toBe(0);
  });

  it.each([
    ["requested", null, "errors.bidReception.openingRequested"],
    ["done", new Date(), "errors.bidReception.bidsOpened"],
  ])("refuses once the opening is %s", async (_, openedAt, formError) => {
    const tender = await tenderFor();
    await registerAs(viewers.DRAFTER, registerBidFormValues(tender.id));
    await db.bidOpening.create({
      data: {
        tenderId: tender.id,
        requestedById: viewers.DRAFTER.userId,
        confirmedById: viewers.ADMIN.userId,
        openedAt,
      },
    });
    expect(await registerAs(viewers.ADMIN, registerBidFormValues(tender.id))).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
      formError,
    });
    expect(await bidCount(tender.id)).toBe(1);
  });

  it("refuses a bid received after the deadline day, next to the date field", async () => {
    const tender = await tenderFor();
    const today = new Date().toISOString().slice(0, 10);
    expect(
      await registerAs(viewers.DRAFTER, registerBidFormValues(tender.id, sampleBidContent(), today, "00:00")),
    ).toEqual({
      ok: false,
      code: "VALIDATION",
      formError: `problems.bidReception.receivedAfterDeadline?{"received":"${today}","deadline":"${yesterday()}"}`,
      fieldErrors: {
        receivedAt: [`problems.bidReception.receivedAfterDeadline?{"received":"${today}","deadline":"${yesterday()}"}`],
      },
    });
    expect(await bidCount(tender.id)).toBe(0);
  });

  it("a tender with lots needs one of its lots; a cost year beyond the exit period is refused", async () => {
    const lot = (key: string) => ({ key, title: key, description: "", cpv: "", estimatedValueCents: 100_000_00 });
    const tender = await tenderFor({ lots: [lot("LOT-1"), lot("LOT-2")] });
    const without = await registerAs(viewers.DRAFTER, registerBidFormValues(tender.id));
    expect(without).toMatchObject({ ok: false, fieldErrors: { lotKey: ["problems.bid.lotRequired"] } });
    // Horizon 4 years (the fixture's award settings): the exit period is year 5, year 6 is outside.
    const late = sampleBidContent({
      lotKey: "LOT-2",
      costLines: [{ category: "EXIT", year: 6, amountCents: 100, note: "" }],
    });
    expect(await registerAs(viewers.DRAFTER, registerBidFormValues(tender.id, late))).toMatchObject({
      ok: false,
      fieldErrors: { "costLines.0.year": ['problems.bid.yearOutsideHorizon?{"year":6,"maxYear":5,"horizon":4}'] },
    });
    const good = sampleBidContent({ lotKey: "LOT-2" });
    expect(await registerAs(viewers.DRAFTER, registerBidFormValues(tender.id, good))).toEqual({
      ok: true,
      data: { receiptNumber: 1, lotKey: "LOT-2" },
    });
  });

  it("records one audit event per bid that names its receipt and lot, and nothing of its content", async () => {
    const tender = await tenderFor();
    await registerAs(viewers.DRAFTER, registerBidFormValues(tender.id));
    const bid = await db.bid.findFirstOrThrow({ where: { tenderId: tender.id } });
    const events = await db.auditEvent.findMany({ where: { entityId: bid.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "bid.registered",
      entityType: "Bid",
      actorId: viewers.DRAFTER.userId,
      after: { tenderId: tender.id, receiptNumber: 1, lotKey: null, source: "FORM" },
    });
    const trail = JSON.stringify(events);
    for (const secret of [
      "Codeworks",
      "BE0123456789",
      "tenders@codeworks.example",
      "90000000",
      "case-engine",
      "EUPL",
    ]) {
      expect(trail).not.toContain(secret);
    }
  });
});
