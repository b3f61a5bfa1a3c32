import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { assessTenderBids, type TenderBidsAssessmentResult } from "@/lib/server/bids/assess-tender-bids";
import type { BidTender } from "@/lib/server/bids/bid-tender";
import { requireBidTender } from "@/lib/server/bids/require-bid-tender";
import { getDb } from "@/lib/server/db";

export type LoadedComparison = {
  viewer: Viewer;
  tender: BidTender;
  /** The lot compared (the one asked for, else the first); null for a tender without lots. */
  lotKey: string | null;
  result: TenderBidsAssessmentResult;
};

/**
 * The comparison page's data: one lot's bids at a time. An unknown `lot` in the address falls
 * back to the first lot, so an old link still shows something sensible.
 */
export async function loadComparison(tenderId: string, lot: string | undefined): Promise<LoadedComparison> {
  const { viewer, tender } = await requireBidTender(tenderId, "bid.view");
  const lotKey =
    tender.lots.length === 0 ? null : (tender.lots.find((candidate) => candidate.key === lot) ?? tender.lots[0]!).key;
  try {
    return { viewer, tender, lotKey, result: await assessTenderBids(getDb(), viewer, tender.id, lotKey) };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
