import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CSV_COLUMNS } from "@/lib/domain/bids/import/csv-format";
import type { BidContent } from "@/lib/domain/bids/bid-model";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { actionTestSession } from "@/scripts/testing/action-session";
import { createPublishedTender, sampleBidContent } from "@/scripts/testing/bid-fixtures";
import { yesterday } from "@/scripts/testing/bid-reception";

const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { importBidsAction, addSbomAction, withdrawBidAction } =
  await import("@/app/(app)/tenders/[tenderId]/bids/actions");

const { db, viewers } = actionTestSession(stubs);
beforeAll(async () => {
  stubs.viewer = viewers.DRAFTER;
});

const tenderFor = () => createPublishedTender(db, viewers.DRAFTER.organisation.id);
const bidsOf = (tenderId: string) => db.bid.findMany({ where: { tenderId }, orderBy: { receiptNumber: "asc" } });
const sbom = (name: string) => readFileSync(join(process.cwd(), "lib/domain/bids/sbom/fixtures", name), "utf8");

const row = (bidder: string, registrationId: string, category: string, year: string, amount: string) =>
  `${bidder},BE,${registrationId},yes,,,,${yesterday()} 09:00,,no,${category},${year},${amount},`;
const csv = (...rows: string[]) => [CSV_COLUMNS.join(","), ...rows].join("\n");

describe("importing bids", () => {
  it("a CSV file with one bad row stores nothing and names the row and column", async () => {
    const tender = await tenderFor();
    const content = csv(
      row("Alpha", "BE01", "IMPLEMENTATION", "0", "1000"),
      row("Beta", "BE02", "LICENCES", "0", "500"),
      row("Beta", "BE02", "HOSTING", "1", "-20"),
    );
    const result = await importBidsAction({ tenderId: tender.id, format: "CSV", content });
    expect(result).toEqual({
      ok: true,
      data: {
        ok: false,
        problems: [{ row: 4, field: "amount", message: "validation.money.negative" }],
        problemCount: 1,
      },
    });
    expect(await bidsOf(tender.id)).toEqual([]);
    expect(
      await db.auditEvent.count({
        where: { action: "bid.registered", after: { path: ["tenderId"], equals: tender.id } },
      }),
    ).toBe(0);
  });

  it("a good CSV file registers every bid, sealed, with one audit event each", async () => {
    const tender = await tenderFor();
    const content = csv(
      row("Alpha", "BE01", "IMPLEMENTATION", "0", "1000"),
      row("Beta", "BE02", "LICENCES", "0", "500"),
      row("Beta", "BE02", "HOSTING", "1", "20.50"),
    );
    expect(await importBidsAction({ tenderId: tender.id, format: "CSV", content })).toEqual({
      ok: true,
      data: { ok: true, receiptNumbers: [1, 2] },
    });
    const bids = await bidsOf(tender.id);
    expect(bids.map((bid) => [bid.receiptNumber, bid.source, (bid.content as BidContent).bidder.name])).toEqual([
      [1, "CSV", "Alpha"],
      [2, "CSV", "Beta"],
    ]);
    expect((bids[1]!.content as BidContent).costLines.map((line) => line.amountCents)).toEqual([50_000, 2_050]);
    const events = await db.auditEvent.findMany({ where: { entityId: { in: bids.map((bid) => bid.id) } } });
    expect(events.map((event) => event.action)).toEqual(["bid.registered", "bid.registered"]);
    expect(JSON.stringify(events)).not.toMatch(/Alpha|Beta|BE01|BE02/);
  });

  it("a JSON bids file registers its bids; one late bid and none is stored", async () => {
    const tender = await tenderFor();
    const file = (receivedAt: string) =>
      JSON.stringify({
        format: "tender-commons/bids",
        version: 1,
        bids: [
          { receivedAt: `${yesterday()}T11:00:00Z`, content: sampleBidContent() },
          {
            receivedAt,
            content: sampleBidContent({ bidder: { ...sampleBidContent().bidder, registrationId: "NL01" } }),
          },
        ],
      });
    const today = new Date().toISOString().slice(0, 10);
    const late = await importBidsAction({ tenderId: tender.id, format: "JSON", content: file(`${today}T00:30:00Z`) });
    expect(late).toMatchObject({ ok: true, data: { ok: false, problems: [{ row: 2, field: "bids[1].receivedAt" }] } });
    expect(await bidsOf(tender.id)).toEqual([]);
    const good = await importBidsAction({
      tenderId: tender.id,
      format: "JSON",
      content: file(`${yesterday()}T12:00:00Z`),
    });
    expect(good).toEqual({ ok: true, data: { ok: true, receiptNumbers: [1, 2] } });
    expect((await bidsOf(tender.id)).map((bid) => bid.source)).toEqual(["JSON", "JSON"]);
  });

  it("is refused to an evaluator and to another organisation", async () => {
    const tender = await tenderFor();
    const content = csv(row("Alpha", "BE01", "IMPLEMENTATION", "0", "1000"));
    stubs.viewer = viewers.EVALUATOR;
    expect(await importBidsAction({ tenderId: tender.id, format: "CSV", content })).toMatchObject({
      code: "FORBIDDEN",
    });
    stubs.viewer = viewers.OTHER_DRAFTER;
    expect(await importBidsAction({ tenderId: tender.id, format: "CSV", content })).toMatchObject({
      code: "NOT_FOUND",
    });
    stubs.viewer = viewers.DRAFTER;
    expect(await bidsOf(tender.id)).toEqual([]);
  });
});

describe("adding a software bill of materials to a sealed bid", () => {
  async function sealedBid() {
    const tender = await tenderFor();
    const content = csv(row("Alpha", "BE01", "IMPLEMENTATION", "0", "1000"));
    await importBidsAction({ tenderId: tender.id, format: "CSV", content });
    return { tender, bid: (await bidsOf(tender.id))[0]! };
  }

  it("appends the components, answers with the count only, audits the count only", async () => {
    const { tender, bid } = await sealedBid();
    const result = await addSbomAction({
      tenderId: tender.id,
      bidId: bid.id,
      relation: "AUTO",
      content: sbom("cyclonedx-1.6.json"),
    });
    expect(result).toEqual({ ok: true, data: { receiptNumber: 1, added: 2 } });
    const stored = (await db.bid.findUniqueOrThrow({ where: { id: bid.id } })).content as BidContent;
    expect(stored.components.map((component) => [component.name, component.relation])).toEqual([
      ["case-engine", "DELIVERED"],
      ["keycloak-js", "DEPENDENCY"],
    ]);
    // The rest of the content is as it was.
    expect(stored.bidder.name).toBe("Alpha");
    const [event] = await db.auditEvent.findMany({ where: { entityId: bid.id, action: "bid.sbom_added" } });
    expect(event?.after).toEqual({ tenderId: tender.id, receiptNumber: 1, componentCount: 2 });
  });

  it("refuses a file of another format, and a bid of another organisation", async () => {
    const { tender, bid } = await sealedBid();
    const input = { tenderId: tender.id, bidId: bid.id, relation: "AUTO" as const, content: sbom("spdx-2.2.json") };
    expect(await addSbomAction(input)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { content: ['problems.sbom.spdxVersionUnsupported?{"version":"SPDX-2.2"}'] },
    });
    stubs.viewer = viewers.OTHER_DRAFTER;
    expect(await addSbomAction({ ...input, content: sbom("spdx-2.3.json") })).toMatchObject({ code: "NOT_FOUND" });
    stubs.viewer = viewers.DRAFTER;
    expect(((await db.bid.findUniqueOrThrow({ where: { id: bid.id } })).content as BidContent).components).toEqual([]);
  });
});

describe("withdrawing a sealed bid", () => {
  it("keeps the bid, records the reason, and cannot be done twice", async () => {
    const tender = await tenderFor();
    await importBidsAction({
      tenderId: tender.id,
      format: "CSV",
      content: csv(row("Alpha", "BE01", "LICENCES", "0", "1")),
    });
    const [bid] = await bidsOf(tender.id);
    expect(await withdrawBidAction({ tenderId: tender.id, bidId: bid!.id, reason: "  " })).toMatchObject({
      fieldErrors: { reason: ["validation.bidReception.withdrawalReasonRequired"] },
    });
    const reason = "The bidder withdrew its bid by letter of 12 November.";
    expect(await withdrawBidAction({ tenderId: tender.id, bidId: bid!.id, reason })).toEqual({
      ok: true,
      data: { receiptNumber: 1 },
    });
    expect(await db.bid.findUniqueOrThrow({ where: { id: bid!.id } })).toMatchObject({ withdrawnReason: reason });
    expect(await withdrawBidAction({ tenderId: tender.id, bidId: bid!.id, reason })).toMatchObject({
      code: "INVALID_STATE",
      formError: "errors.bidReception.alreadyWithdrawn",
    });
    const [event] = await db.auditEvent.findMany({ where: { entityId: bid!.id, action: "bid.withdrawn" } });
    expect(event?.after).toEqual({ tenderId: tender.id, receiptNumber: 1, lotKey: null, reason });
  });
});
