import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { actionTestSession } from "@/scripts/testing/action-session";
import { createPublishedTender, insertSealedBid, markBidsOpened } from "@/scripts/testing/bid-fixtures";
import { costLinesFingerprint, readTenderInternalCosts } from "./internal-costs";

const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { saveTenderInternalCostsAction } = await import("@/app/(app)/tenders/[tenderId]/bids/internal-costs/actions");
const { saveBidInternalCostsAction, resetBidInternalCostsAction } =
  await import("@/app/(app)/tenders/[tenderId]/bids/[bidId]/actions");

const { db, viewers, runAs } = actionTestSession(stubs);

const EMPTY = costLinesFingerprint([]);
const staffLine = {
  category: "INTERNAL_STAFF" as const,
  year: "1",
  amount: "45 000,50",
  note: "Product owner, half time",
};

const saveTender = runAs(saveTenderInternalCostsAction);
const saveBid = runAs(saveBidInternalCostsAction);
const tender = () => createPublishedTender(db, viewers.DRAFTER.organisation.id);
const storedTender = (id: string) => db.tender.findUniqueOrThrow({ where: { id } });

describe("the tender's internal costs", () => {
  it.each(["DRAFTER", "ADMIN"] as const)("are saved by a %s, amounts as typed, with an audit event", async (who) => {
    const { id } = await tender();
    const result = await saveTender(viewers[who], { tenderId: id, fingerprint: EMPTY, lines: [staffLine] });
    // "45 000,50" typed in French: 45,000.50 euros = 4,500,050 cents.
    const lines = [{ category: "INTERNAL_STAFF", year: 1, amountCents: 4_500_050, note: "Product owner, half time" }];
    expect(result).toEqual({ ok: true, data: { fingerprint: costLinesFingerprint(lines as never) } });
    expect((await storedTender(id)).internalCosts).toEqual(lines);
    const [event] = await db.auditEvent.findMany({ where: { entityId: id, action: "tender.internal_costs_saved" } });
    expect(event).toMatchObject({ actorEmail: viewers[who].email, before: { lines: [] }, after: { lines } });
    // The procurement staff read them, before the opening too; an evaluator only as a member of the
    // tender's panel (lib/domain/panel/bid-visibility.ts), and this tender has none.
    expect((await readTenderInternalCosts(db, viewers[who], id)).lines).toEqual(lines);
    expect((await readTenderInternalCosts(db, viewers.EVALUATOR, id)).lines).toEqual([]);
  });

  it.each([
    ["EVALUATOR", "FORBIDDEN"],
    ["OSPO", "FORBIDDEN"],
    ["OTHER_DRAFTER", "NOT_FOUND"],
  ] as const)("are refused to a %s (%s)", async (who, code) => {
    const { id } = await tender();
    expect(await saveTender(viewers[who], { tenderId: id, fingerprint: EMPTY, lines: [staffLine] })).toMatchObject({
      ok: false,
      code,
    });
    expect((await storedTender(id)).internalCosts).toEqual([]);
  });

  it("refuses a save from lines someone else has changed since", async () => {
    const { id } = await tender();
    expect((await saveTender(viewers.DRAFTER, { tenderId: id, fingerprint: EMPTY, lines: [staffLine] })).ok).toBe(true);
    expect(await saveTender(viewers.ADMIN, { tenderId: id, fingerprint: EMPTY, lines: [] })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: "errors.internalCostsChangedMeanwhile",
    });
    expect((await storedTender(id)).internalCosts).toHaveLength(1);
  });

  it("refuses a year beyond the horizon and its exit period, at the field", async () => {
    // The fixture's tender counts 4 years: lines may fall in years 0 to 5.
    const { id } = await tender();
    const result = await saveTender(viewers.DRAFTER, {
      tenderId: id,
      fingerprint: EMPTY,
      lines: [staffLine, { ...staffLine, year: "6" }],
    });
    expect(result).toEqual({
      ok: false,
      code: "VALIDATION",
      formError: 'validation.internalCosts.yearBeyondHorizon?{"last":5,"horizon":4}',
      fieldErrors: { "lines.1.year": ['validation.internalCosts.yearBeyondHorizon?{"last":5,"horizon":4}'] },
    });
  });

  it("refuses amounts that are not amounts, before anything is read", async () => {
    const { id } = await tender();
    const result = await saveTender(viewers.DRAFTER, {
      tenderId: id,
      fingerprint: EMPTY,
      lines: [
        { ...staffLine, amount: "-5" },
        { ...staffLine, amount: "" },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        "lines.0.amount": ["validation.money.negative"],
        "lines.1.amount": ["validation.costLines.amountRequired"],
      },
    });
  });
});

describe("a bid's own internal costs", () => {
  async function openedBid() {
    const created = await tender();
    const bid = await insertSealedBid(db, created.id);
    return { tenderId: created.id, bid };
  }

  it("cannot be given to a sealed bid", async () => {
    const { tenderId, bid } = await openedBid();
    expect(await saveBid(viewers.DRAFTER, { tenderId, bidId: bid.id, version: 0, lines: [staffLine] })).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
      formError: "errors.bidsSealed",
    });
  });

  it("are given after the opening, under the bid's version, audited, and can go back to the tender's", async () => {
    const { tenderId, bid } = await openedBid();
    await markBidsOpened(db, tenderId, viewers.DRAFTER.userId, viewers.ADMIN.userId);
    expect(await saveBid(viewers.DRAFTER, { tenderId, bidId: bid.id, version: 0, lines: [staffLine] })).toEqual({
      ok: true,
      data: { version: 1 },
    });
    expect(await db.bid.findUniqueOrThrow({ where: { id: bid.id } })).toMatchObject({
      version: 1,
      internalCosts: [
        { category: "INTERNAL_STAFF", year: 1, amountCents: 4_500_050, note: "Product owner, half time" },
      ],
    });
    // A second person who loaded version 0 is told, and changes nothing.
    expect(await saveBid(viewers.ADMIN, { tenderId, bidId: bid.id, version: 0, lines: [] })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: "errors.bidChangedMeanwhile",
    });
    stubs.viewer = viewers.ADMIN;
    expect(await resetBidInternalCostsAction({ tenderId, bidId: bid.id, version: 1 })).toEqual({
      ok: true,
      data: { version: 2 },
    });
    expect((await db.bid.findUniqueOrThrow({ where: { id: bid.id } })).internalCosts).toBeNull();
    const trail = await db.auditEvent.findMany({
      where: { entityId: bid.id, action: "bid.internal_costs_saved" },
      orderBy: { occurredAt: "asc" },
    });
    expect(
      trail.map((event) => [(event.before as { source: string }).source, (event.after as { source: string }).source]),
    ).toEqual([
      ["TENDER", "BID"],
      ["BID", "TENDER"],
    ]);
  });

  it.each([
    ["EVALUATOR", "FORBIDDEN"],
    ["OSPO", "FORBIDDEN"],
    ["OTHER_DRAFTER", "NOT_FOUND"],
  ] as const)("are refused to a %s (%s)", async (who, code) => {
    const { tenderId, bid } = await openedBid();
    await markBidsOpened(db, tenderId, viewers.DRAFTER.userId, viewers.ADMIN.userId);
    expect(await saveBid(viewers[who], { tenderId, bidId: bid.id, version: 0, lines: [staffLine] })).toMatchObject({
      ok: false,
      code,
    });
    expect((await db.bid.findUniqueOrThrow({ where: { id: bid.id } })).version).toBe(0);
  });
});
