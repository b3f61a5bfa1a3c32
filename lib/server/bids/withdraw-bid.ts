import "server-only";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { lockTenderForReception } from "./bid-reception-tender";
import type { BidAuditEntry } from "./register-bids";

/**
 * Records that a sealed bid was withdrawn by its bidder (or registered by mistake), with the
 * reason. The bid is kept, never opened for assessment; nothing of its content is read or shown.
 * Only before the opening has been requested, like any other change to sealed bids.
 */
export async function withdrawBid(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; bidId: string; reason: string },
): Promise<{ receiptNumber: number; event: BidAuditEntry }> {
  const { tender } = await lockTenderForReception(tx, viewer, input.tenderId);
  const bid = await tx.bid.findFirst({
    where: { id: input.bidId, tenderId: tender.id },
    select: { id: true, receiptNumber: true, lotKey: true, withdrawnAt: true },
  });
  if (!bid) throw new AppError("NOT_FOUND");
  if (bid.withdrawnAt) throw new AppError("INVALID_STATE", "errors.bidReception.alreadyWithdrawn");
  await tx.bid.update({
    where: { id: bid.id },
    data: { withdrawnAt: new Date(), withdrawnReason: input.reason },
  });
  return {
    receiptNumber: bid.receiptNumber,
    event: {
      action: "bid.withdrawn",
      entityType: "Bid",
      entityId: bid.id,
      after: { tenderId: tender.id, receiptNumber: bid.receiptNumber, lotKey: bid.lotKey, reason: input.reason },
    },
  };
}
