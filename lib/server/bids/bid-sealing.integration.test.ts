import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { actionTestSession } from "@/scripts/testing/action-session";
import { createPublishedTender, insertSealedBid, markBidsOpened } from "@/scripts/testing/bid-fixtures";
import { listBidReceipts, readBidReceipt, readOpenedBid, readOpenedBidAttachment, readOpenedBids } from "./bid-access";

// Pages, the attachment route and the server actions all read bids through bid-access.ts; the
// route and the actions run for real here, with only the session and Next's cache stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { GET: downloadAttachment } = await import("@/app/api/bid-attachment/route");
const bidActions = await import("@/app/(app)/tenders/[tenderId]/bids/[bidId]/actions");

const { db, viewers } = actionTestSession(stubs);
const EVERYONE = ["DRAFTER", "EVALUATOR", "OSPO", "ADMIN", "OTHER_DRAFTER"] as const;
const PDF = new Uint8Array(Buffer.from("%PDF-1.7 exit plan"));

async function tenderWithBid() {
  const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id);
  const bid = await insertSealedBid(db, tender.id, {
    attachments: [{ fileName: "exit plan.pdf", mediaType: "application/pdf", content: PDF, objective: "SOV-6" }],
  });
  return { tender, bid, attachmentId: bid.attachments[0]!.id };
}

const as = (viewer: Viewer) => {
  stubs.viewer = viewer;
};

const download = (ids: { tenderId: string; bidId: string; attachmentId: string }) =>
  downloadAttachment(
    new Request(
      `http://localhost/api/bid-attachment?tender=${ids.tenderId}&bid=${ids.bidId}&attachment=${ids.attachmentId}`,
    ),
  );

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string }) => error.code,
  );

describe("before the opening", () => {
  it.each(EVERYONE)("%s can read no bid content, through any path", async (who) => {
    const { tender, bid, attachmentId } = await tenderWithBid();
    const viewer = viewers[who];
    const expected = who === "OTHER_DRAFTER" || who === "OSPO" ? "NOT_FOUND" : "INVALID_STATE";
    expect(await failure(readOpenedBid(db, viewer, tender.id, bid.id))).toBe(who === "OSPO" ? "FORBIDDEN" : expected);
    expect(await failure(readOpenedBids(db, viewer, tender.id))).toBe(who === "OSPO" ? "FORBIDDEN" : expected);
    expect(
      await failure(readOpenedBidAttachment(db, viewer, { tenderId: tender.id, bidId: bid.id, attachmentId })),
    ).toBeTruthy();

    as(viewer);
    const response = await download({ tenderId: tender.id, bidId: bid.id, attachmentId });
    expect(response.status).toBe(who === "OSPO" ? 403 : who === "OTHER_DRAFTER" ? 404 : 409);
    expect(await response.text()).not.toContain("PDF");

    const review = await bidActions.reviewSovereigntyAction({
      tenderId: tender.id,
      bidId: bid.id,
      version: 0,
      objective: "SOV-1",
      level: "1",
      justification: "Lowered before the opening",
    });
    const costs = await bidActions.saveBidInternalCostsAction({
      tenderId: tender.id,
      bidId: bid.id,
      version: 0,
      lines: [{ category: "INTERNAL_STAFF", year: "1", amount: "1000", note: "" }],
    });
    for (const result of [review, costs]) {
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain("Codeworks");
    }
    expect(await db.bid.findUniqueOrThrow({ where: { id: bid.id } })).toMatchObject({
      version: 0,
      internalCosts: null,
      sovereigntyReviews: {},
    });
  });

  it("lets those who handle bids see the receipts, and only the receipts", async () => {
    const { tender, bid } = await tenderWithBid();
    for (const who of ["DRAFTER", "EVALUATOR", "ADMIN"] as const) {
      const { opened, receipts } = await listBidReceipts(db, viewers[who], tender.id);
      expect(opened).toBe(false);
      expect(receipts).toHaveLength(1);
      expect(Object.keys(receipts[0]!).sort()).toEqual(
        ["createdById", "id", "lotKey", "receiptNumber", "receivedAt", "source", "withdrawnAt"].sort(),
      );
      expect(await readBidReceipt(db, viewers[who], tender.id, bid.id)).toMatchObject({ opened: false });
    }
    expect(await failure(listBidReceipts(db, viewers.OSPO, tender.id))).toBe("NOT_FOUND");
    expect(await failure(listBidReceipts(db, viewers.OTHER_DRAFTER, tender.id))).toBe("NOT_FOUND");
  });
});

describe("after the opening", () => {
  it.each(["DRAFTER", "ADMIN"] as const)("%s reads the bid and downloads its attachment", async (who) => {
    const { tender, bid, attachmentId } = await tenderWithBid();
    await markBidsOpened(db, tender.id, viewers.DRAFTER.userId, viewers.ADMIN.userId);
    const opened = await readOpenedBid(db, viewers[who], tender.id, bid.id);
    expect(opened.content.bidder.name).toBe("Codeworks Coop");
    expect(opened.attachments).toEqual([
      { id: attachmentId, objective: "SOV-6", fileName: "exit plan.pdf", mediaType: "application/pdf", sizeBytes: 18 },
    ]);
    expect(await readOpenedBids(db, viewers[who], tender.id)).toHaveLength(1);

    as(viewers[who]);
    const response = await download({ tenderId: tender.id, bidId: bid.id, attachmentId });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="exit plan.pdf"; filename*=UTF-8''exit%20plan.pdf`,
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
  });

  it("keeps them from an evaluator while the tender has no panel (they are on none)", async () => {
    const { tender, bid, attachmentId } = await tenderWithBid();
    await markBidsOpened(db, tender.id, viewers.DRAFTER.userId, viewers.ADMIN.userId);
    expect(await failure(readOpenedBid(db, viewers.EVALUATOR, tender.id, bid.id))).toBe("FORBIDDEN");
    expect(await failure(readOpenedBids(db, viewers.EVALUATOR, tender.id))).toBe("FORBIDDEN");
    as(viewers.EVALUATOR);
    expect((await download({ tenderId: tender.id, bidId: bid.id, attachmentId })).status).toBe(403);
  });

  it("keeps them from the OSPO and from another organisation", async () => {
    const { tender, bid, attachmentId } = await tenderWithBid();
    await markBidsOpened(db, tender.id, viewers.DRAFTER.userId, viewers.ADMIN.userId);
    expect(await failure(readOpenedBid(db, viewers.OSPO, tender.id, bid.id))).toBe("FORBIDDEN");
    expect(await failure(readOpenedBid(db, viewers.OTHER_DRAFTER, tender.id, bid.id))).toBe("NOT_FOUND");
    as(viewers.OTHER_DRAFTER);
    expect((await download({ tenderId: tender.id, bidId: bid.id, attachmentId })).status).toBe(404);
  });

  it("keeps a bid withdrawn before the opening sealed, and an attachment of another bid out of reach", async () => {
    const { tender, bid, attachmentId } = await tenderWithBid();
    const withdrawn = await insertSealedBid(db, tender.id, { withdrawnAt: new Date() });
    await markBidsOpened(db, tender.id, viewers.DRAFTER.userId, viewers.ADMIN.userId);
    expect(await failure(readOpenedBid(db, viewers.DRAFTER, tender.id, withdrawn.id))).toBe("INVALID_STATE");
    expect((await readOpenedBids(db, viewers.DRAFTER, tender.id)).map((opened) => opened.id)).toEqual([bid.id]);
    expect(
      await failure(
        readOpenedBidAttachment(db, viewers.DRAFTER, { tenderId: tender.id, bidId: withdrawn.id, attachmentId }),
      ),
    ).toBe("INVALID_STATE");
    // The attachment exists, but not on the bid named.
    const other = await insertSealedBid(db, tender.id);
    expect(
      await failure(
        readOpenedBidAttachment(db, viewers.DRAFTER, { tenderId: tender.id, bidId: other.id, attachmentId }),
      ),
    ).toBe("NOT_FOUND");
  });
});
