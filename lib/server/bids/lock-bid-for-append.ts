import "server-only";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { lockTenderForReception } from "./bid-reception-tender";

/**
 * For every write-only addition to a sealed bid (a bill of materials, evidence files): the tender
 * locked and accepting bids (lockTenderForReception), and the bid of that tender by its receipt,
 * not withdrawn. Nothing of the bid's content is read.
 * SECURITY: the gate of every append to a sealed bid; change it with a second reviewer.
 */
export async function lockBidForAppend(
  tx: DbTransaction,
  viewer: Viewer,
  ids: { tenderId: string; bidId: string },
): Promise<{ tender: TenderDto; bid: { id: string; receiptNumber: number } }> {
  const { tender } = await lockTenderForReception(tx, viewer, ids.tenderId);
  const bid = await tx.bid.findFirst({
    where: { id: ids.bidId, tenderId: tender.id },
    select: { id: true, receiptNumber: true, withdrawnAt: true },
  });
  if (!bid) throw new AppError("NOT_FOUND");
  if (bid.withdrawnAt) throw new AppError("INVALID_STATE", "errors.bidReception.withdrawn");
  return { tender, bid: { id: bid.id, receiptNumber: bid.receiptNumber } };
}
