import "server-only";
import type { BidContent, CostLine, SovereigntyReviews } from "@/lib/domain/bids/bid-model";
import { can } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";

/**
 * The one way to read bids. Before the four-eyes opening (BidOpening.openedAt) a bid is sealed:
 * only its receipt (number, lot, time, source, who entered it) can be read, never its content,
 * whoever asks. Pages, server actions, route handlers and exports all read bids through here.
 * SECURITY: change only with a second reviewer.
 */

/** What anyone with `bid.view` or `bid.register` may know of a bid at any time. */
export type BidReceipt = {
  id: string;
  receiptNumber: number;
  lotKey: string | null;
  receivedAt: Date;
  source: string;
  createdById: string | null;
  withdrawnAt: Date | null;
};

export type OpenedBid = BidReceipt & {
  content: BidContent;
  /** The authority's own cost lines for this bid; null = the tender's apply. */
  internalCosts: CostLine[] | null;
  sovereigntyReviews: SovereigntyReviews;
  version: number;
};

/** What a page may say of an attachment of an opened bid; its bytes come from readOpenedBidAttachment. */
export type BidAttachmentInfo = {
  id: string;
  objective: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
};

export type OpenedBidDetail = OpenedBid & { attachments: BidAttachmentInfo[] };

const RECEIPT_SELECT = {
  id: true,
  receiptNumber: true,
  lotKey: true,
  receivedAt: true,
  source: true,
  createdById: true,
  withdrawnAt: true,
} as const;

const OPENED_SELECT = {
  ...RECEIPT_SELECT,
  content: true,
  internalCosts: true,
  sovereigntyReviews: true,
  version: true,
} as const;

/** The tender of the viewer's organisation whose bids they may see, or NOT_FOUND. */
async function requireBidTender(db: DbClient, viewer: Viewer, tenderId: string) {
  if (!can(viewer.roles, "bid.view") && !can(viewer.roles, "bid.register")) throw new AppError("NOT_FOUND");
  const tender = await db.tender.findFirst({
    where: { id: tenderId, organisationId: viewer.organisation.id },
    select: { id: true, bidOpening: { select: { openedAt: true } } },
  });
  if (!tender) throw new AppError("NOT_FOUND");
  return { opened: tender.bidOpening?.openedAt != null };
}

export async function listBidReceipts(db: DbClient, viewer: Viewer, tenderId: string) {
  const { opened } = await requireBidTender(db, viewer, tenderId);
  const receipts: BidReceipt[] = await db.bid.findMany({
    where: { tenderId },
    select: RECEIPT_SELECT,
    orderBy: { receiptNumber: "asc" },
  });
  return { opened, receipts };
}

/**
 * The opened bids of a tender; INVALID_STATE ("errors.bidsSealed") while they are sealed. A bid
 * withdrawn before the opening stays sealed: it is kept, never read.
 */
export async function readOpenedBids(db: DbClient, viewer: Viewer, tenderId: string): Promise<OpenedBid[]> {
  if (!can(viewer.roles, "bid.view")) throw new AppError("FORBIDDEN");
  const { opened } = await requireBidTender(db, viewer, tenderId);
  if (!opened) throw new AppError("INVALID_STATE", "errors.bidsSealed");
  const rows = await db.bid.findMany({
    where: { tenderId, withdrawnAt: null },
    select: OPENED_SELECT,
    orderBy: { receiptNumber: "asc" },
  });
  return rows.map(toOpenedBid);
}

/** One bid's receipt, sealed or not (a page says which), or NOT_FOUND. */
export async function readBidReceipt(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
  bidId: string,
): Promise<{ opened: boolean; receipt: BidReceipt }> {
  const { opened } = await requireBidTender(db, viewer, tenderId);
  const receipt = await db.bid.findFirst({ where: { id: bidId, tenderId }, select: RECEIPT_SELECT });
  if (!receipt) throw new AppError("NOT_FOUND");
  return { opened, receipt };
}

/**
 * One opened bid with what its attachments are (not their bytes): INVALID_STATE
 * ("errors.bidsSealed") while the tender's bids are sealed, ("errors.bidWithdrawn") for a bid
 * withdrawn before the opening. Server actions that change an opened bid read it here first,
 * in their transaction, so they can never act on a sealed one.
 */
export async function readOpenedBid(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
  bidId: string,
): Promise<OpenedBidDetail> {
  if (!can(viewer.roles, "bid.view")) throw new AppError("FORBIDDEN");
  const { opened, receipt } = await readBidReceipt(db, viewer, tenderId, bidId);
  if (!opened) throw new AppError("INVALID_STATE", "errors.bidsSealed");
  if (receipt.withdrawnAt) throw new AppError("INVALID_STATE", "errors.bidWithdrawn");
  const row = await db.bid.findUniqueOrThrow({
    where: { id: bidId },
    select: {
      ...OPENED_SELECT,
      attachments: {
        select: { id: true, objective: true, fileName: true, mediaType: true, sizeBytes: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const { attachments, ...bid } = row;
  return { ...toOpenedBid(bid), attachments };
}

/** The file of one attachment of an opened bid, under the same rules as readOpenedBid. */
export async function readOpenedBidAttachment(
  db: DbClient,
  viewer: Viewer,
  ids: { tenderId: string; bidId: string; attachmentId: string },
): Promise<{ fileName: string; mediaType: string; content: Uint8Array }> {
  await readOpenedBid(db, viewer, ids.tenderId, ids.bidId);
  const attachment = await db.bidAttachment.findFirst({
    where: { id: ids.attachmentId, bidId: ids.bidId },
    select: { fileName: true, mediaType: true, content: true },
  });
  if (!attachment) throw new AppError("NOT_FOUND");
  return attachment;
}

function toOpenedBid<Row extends { content: unknown; internalCosts: unknown; sovereigntyReviews: unknown }>(row: Row) {
  return {
    ...row,
    content: row.content as BidContent,
    internalCosts: row.internalCosts as CostLine[] | null,
    sovereigntyReviews: (row.sovereigntyReviews ?? {}) as SovereigntyReviews,
  };
}
