import "server-only";
import { notFound } from "next/navigation";
import { can } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { readBidReceipt, readOpenedBid, type BidReceipt, type OpenedBidDetail } from "@/lib/server/bids/bid-access";
import type { BidTender } from "@/lib/server/bids/bid-tender";
import { requireBidTender } from "@/lib/server/bids/require-bid-tender";
import { getDb } from "@/lib/server/db";

export type LoadedBid =
  | { viewer: Viewer; tender: BidTender; state: "SEALED" | "WITHDRAWN"; receipt: BidReceipt }
  /** The evaluation panel's rules keep this viewer from the bid for now; `messageKey` says why. */
  | { viewer: Viewer; tender: BidTender; state: "REFUSED"; receipt: BidReceipt; messageKey: string }
  | { viewer: Viewer; tender: BidTender; state: "OPENED"; receipt: BidReceipt; bid: OpenedBidDetail };

/**
 * A bid page's data: the opened bid for those who may read it; for a sealed or withdrawn bid, its
 * receipt only (the page says it is sealed); why not, when the evaluation panel's rules refuse
 * it (a declaration to sign, say); the 404 page for anything the viewer cannot reach.
 */
export async function loadBid(tenderId: string, bidId: string): Promise<LoadedBid> {
  const { viewer, tender } = await requireBidTender(tenderId);
  try {
    const { opened, receipt } = await readBidReceipt(getDb(), viewer, tender.id, bidId);
    if (receipt.withdrawnAt) return { viewer, tender, state: "WITHDRAWN", receipt };
    if (!opened || !can(viewer.roles, "bid.view")) return { viewer, tender, state: "SEALED", receipt };
    try {
      return { viewer, tender, state: "OPENED", receipt, bid: await readOpenedBid(getDb(), viewer, tender.id, bidId) };
    } catch (error) {
      if (error instanceof AppError && error.code === "FORBIDDEN" && error.messageKey) {
        return { viewer, tender, state: "REFUSED", receipt, messageKey: error.messageKey };
      }
      throw error;
    }
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
