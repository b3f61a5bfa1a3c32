import { beforeAll, describe, expect, it, vi } from "vitest";
import { CSV_COLUMNS } from "@/lib/domain/bids/import/csv-format";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { actionTestSession } from "@/scripts/testing/action-session";
import { createPublishedTender, insertSealedBid, sampleBidContent } from "@/scripts/testing/bid-fixtures";
import { registerBidFormValues, yesterday } from "@/scripts/testing/bid-reception";

const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { importBidsAction, registerBidAction } = await import("@/app/(app)/tenders/[tenderId]/bids/actions");

const { db, viewers } = actionTestSession(stubs);
beforeAll(async () => {
  stubs.viewer = viewers.DRAFTER;
});

const LOTS = [
  { key: "LOT-1", title: "Platform", description: "", cpv: null, estimatedValueCents: 100_000_000 },
  { key: "LOT-2", title: "Support", description: "", cpv: null, estimatedValueCents: 50_000_000 },
];
const bidCount = (tenderId: string) => db.bid.count({ where: { tenderId } });
/** The sample bidder (BE0123456789) written otherwise, with another name: the number decides. */
const sameBidderOtherwise = (lotKey: string | null = null) =>
  sampleBidContent({
    lotKey,
    bidder: { ...sampleBidContent().bidder, name: "Codeworks (corrected offer)", registrationId: "be 0123.456.789" },
  });

describe("registering a second bid of a bidder through the form", () => {
  it("warns, registers nothing, and registers it once confirmed, naming the other bid in the audit", async () => {
    const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id);
    await insertSealedBid(db, tender.id);
    const values = registerBidFormValues(tender.id, sameBidderOtherwise());

    const warned = await registerBidAction(values);
    expect(warned).toEqual({
      ok: false,
      code: "CONFLICT",
      formError: expect.any(String),
      fieldErrors: {
        confirmSameBidder: [
          'errors.bidReception.sameBidder?{"registrationId":"be 0123.456.789","receipts":"1","count":1}',
        ],
      },
    });
    // Only what the person typed and the receipt number: nothing of the sealed bid.
    expect(JSON.stringify(warned)).not.toMatch(/Codeworks Coop|BE0123456789|EUPL/);
    expect(await bidCount(tender.id)).toBe(1);

    expect(await registerBidAction({ ...values, confirmSameBidder: true })).toEqual({
      ok: true,
      data: { receiptNumber: 2, lotKey: null },
    });
    const second = await db.bid.findFirstOrThrow({ where: { tenderId: tender.id, receiptNumber: 2 } });
    const [event] = await db.auditEvent.findMany({ where: { entityId: second.id, action: "bid.registered" } });
    expect(event?.after).toMatchObject({ receiptNumber: 2, sameBidderAs: [1] });
  });

  it("says nothing for another lot, another bidder, or when the older bid was withdrawn", async () => {
    const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id, { lots: LOTS });
    await insertSealedBid(db, tender.id, { content: sampleBidContent({ lotKey: "LOT-1" }) });
    await insertSealedBid(db, tender.id, { content: sampleBidContent({ lotKey: "LOT-2" }), withdrawnAt: new Date() });

    const onLot1 = await registerBidAction(registerBidFormValues(tender.id, sameBidderOtherwise("LOT-1")));
    expect(onLot1).toMatchObject({
      code: "CONFLICT",
      fieldErrors: {
        confirmSameBidder: [
          'errors.bidReception.sameBidderOnLot?{"registrationId":"be 0123.456.789","receipts":"1","count":1,"lot":"LOT-1"}',
        ],
      },
    });
    expect(await registerBidAction(registerBidFormValues(tender.id, sameBidderOtherwise("LOT-2")))).toMatchObject({
      ok: true,
      data: { receiptNumber: 3 },
    });
    const otherBidder = sampleBidContent({
      lotKey: "LOT-1",
      bidder: { ...sampleBidContent().bidder, registrationId: "FR12345678901" },
    });
    expect(await registerBidAction(registerBidFormValues(tender.id, otherBidder))).toMatchObject({ ok: true });
  });
});

const row = (registrationId: string) =>
  `Codeworks,BE,${registrationId},yes,,,,${yesterday()} 09:00,,no,IMPLEMENTATION,0,1000,`;
const csv = (...rows: string[]) => [CSV_COLUMNS.join(","), ...rows].join("\n");

describe("importing bids of a bidder that already has one", () => {
  it("answers with the bidders to check, registers nothing, and imports once confirmed", async () => {
    const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id);
    await insertSealedBid(db, tender.id);
    const content = csv(row("BE-0123456789"), row("DE811111111"));

    expect(await importBidsAction({ tenderId: tender.id, format: "CSV", content })).toEqual({
      ok: true,
      data: {
        ok: false,
        sameBidders: [{ registrationId: "BE-0123456789", lotKey: null, receiptNumbers: [1], timesInFile: 1 }],
      },
    });
    expect(await bidCount(tender.id)).toBe(1);
    expect(await importBidsAction({ tenderId: tender.id, format: "CSV", content, confirmSameBidder: true })).toEqual({
      ok: true,
      data: { ok: true, receiptNumbers: [2, 3] },
    });
  });

  it("names a bidder twice in a JSON file once", async () => {
    const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id);
    const bid = { receivedAt: `${yesterday()}T11:00:00Z`, content: sampleBidContent() };
    const content = JSON.stringify({ format: "tender-commons/bids", version: 1, bids: [bid, bid] });
    expect(await importBidsAction({ tenderId: tender.id, format: "JSON", content })).toEqual({
      ok: true,
      data: {
        ok: false,
        sameBidders: [{ registrationId: "BE0123456789", lotKey: null, receiptNumbers: [], timesInFile: 2 }],
      },
    });
    expect(await bidCount(tender.id)).toBe(0);
    const confirmed = await importBidsAction({ tenderId: tender.id, format: "JSON", content, confirmSameBidder: true });
    expect(confirmed).toEqual({ ok: true, data: { ok: true, receiptNumbers: [1, 2] } });
    const events = await db.auditEvent.findMany({
      where: {
        action: "bid.registered",
        entityId: { in: (await db.bid.findMany({ where: { tenderId: tender.id } })).map((b) => b.id) },
      },
    });
    expect(events.map((event) => (event.after as { sameBidderAs?: number[] }).sameBidderAs).sort()).toEqual([[1], [2]]);
  });
});

describe("a same-bidder warning leaves a trace", () => {
  // The warning tells the person which sealed bids a registration number already has. Refused,
  // the registration stores nothing, so without a trace anyone with bid.register could ask about
  // competitors quietly (a file of candidates plus one bidder known to match is always refused).
  // Each warning is audited: who, when, how many bids were checked, which receipts were named;
  // never the registration numbers asked about, which would tie a bidder to a sealed bid.
  const warnings = (tenderId: string) =>
    db.auditEvent.findMany({ where: { entityId: tenderId, action: "bid.same_bidder_warned" } });

  it("through the form", async () => {
    const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id);
    await insertSealedBid(db, tender.id);
    expect(await registerBidAction(registerBidFormValues(tender.id, sameBidderOtherwise()))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await bidCount(tender.id)).toBe(1);
    const [event, ...others] = await warnings(tender.id);
    expect(others).toEqual([]);
    expect(event).toMatchObject({
      actorEmail: viewers.DRAFTER.email,
      organisationId: viewers.DRAFTER.organisation.id,
      entityType: "Tender",
      after: { tenderId: tender.id, source: "FORM", bidsChecked: 1, receiptNumbers: [1] },
    });
    expect(JSON.stringify(event)).not.toMatch(/0123|Codeworks/i);
  });

  it("through an import, even when the file is refused", async () => {
    const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id);
    await insertSealedBid(db, tender.id);
    const content = csv(row("BE-0123456789"), row("DE811111111"), row("FR12345678901"));
    expect(await importBidsAction({ tenderId: tender.id, format: "CSV", content })).toMatchObject({
      ok: true,
      data: { ok: false, sameBidders: [{ receiptNumbers: [1] }] },
    });
    expect(await bidCount(tender.id)).toBe(1);
    const [event, ...others] = await warnings(tender.id);
    expect(others).toEqual([]);
    expect(event).toMatchObject({
      actorEmail: viewers.DRAFTER.email,
      after: { tenderId: tender.id, source: "CSV", bidsChecked: 3, receiptNumbers: [1] },
    });
    expect(JSON.stringify(event)).not.toMatch(/0123|811111111|12345678901|Codeworks/i);
  });
});
