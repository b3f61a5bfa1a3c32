import "server-only";
import type { BidContent } from "@/lib/domain/bids/bid-model";
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
  internalCosts: unknown;
  sovereigntyReviews: unknown;
  version: number;
};

const RECEIPT_SELECT = {
  id: true,
  receiptNumber: true,
  lotKey: true,
  receivedAt: true,
  source: true,
  createdById: true,
  withdrawnAt: true,
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

/** The opened bids of a tender; INVALID_STATE ("errors.bidsSealed") while they are sealed. */
export async function readOpenedBids(db: DbClient, viewer: Viewer, tenderId: string): Promise<OpenedBid[]> {
  if (!can(viewer.roles, "bid.view")) throw new AppError("FORBIDDEN");
  const { opened } = await requireBidTender(db, viewer, tenderId);
  if (!opened) throw new AppError("INVALID_STATE", "bidsSealed");
  const rows = await db.bid.findMany({
    where: { tenderId },
    select: { ...RECEIPT_SELECT, content: true, internalCosts: true, sovereigntyReviews: true, version: true },
    orderBy: { receiptNumber: "asc" },
  });
  return rows.map((row) => ({ ...row, content: row.content as BidContent }));
}
