import "server-only";
import type { BidComponent } from "@/lib/domain/bids/bid-model";
import { AppError } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";
import { MAX_COMPONENTS } from "@/lib/schemas/bid";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { lockTenderForReception } from "./bid-reception-tender";
import type { BidAuditEntry } from "./register-bids";

/**
 * Appends the components of a software bill of materials to a sealed bid, write-only: the
 * database appends them to the stored list itself, so the bid's content is never read into the
 * app, and the answer is the number added. The audit event (`bid.sbom_added`) gives the count only.
 */
export async function addSbomComponents(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; bidId: string; components: readonly BidComponent[] },
): Promise<{ receiptNumber: number; added: number; event: BidAuditEntry }> {
  const { tender } = await lockTenderForReception(tx, viewer, input.tenderId);
  const bid = await tx.bid.findFirst({
    where: { id: input.bidId, tenderId: tender.id },
    select: { id: true, receiptNumber: true, withdrawnAt: true },
  });
  if (!bid) throw new AppError("NOT_FOUND");
  if (bid.withdrawnAt) throw new AppError("INVALID_STATE", "errors.bidReception.withdrawn");
  const added = input.components.length;
  if (added === 0) throw new AppError("VALIDATION", "errors.bidReception.noComponents");

  const updated = await tx.$executeRaw`
    UPDATE "Bid"
    SET "content" = jsonb_set(
          "content", '{components}',
          COALESCE("content"->'components', '[]'::jsonb) || ${JSON.stringify(input.components)}::jsonb),
        "updatedAt" = CURRENT_TIMESTAMP
    WHERE "id" = ${bid.id}
      AND jsonb_array_length(COALESCE("content"->'components', '[]'::jsonb)) + ${added} <= ${MAX_COMPONENTS}`;
  if (updated === 0) {
    throw new AppError("VALIDATION", messageRef("errors.bidReception.tooManyComponents", { max: MAX_COMPONENTS }));
  }
  return {
    receiptNumber: bid.receiptNumber,
    added,
    event: {
      action: "bid.sbom_added",
      entityType: "Bid",
      entityId: bid.id,
      after: { tenderId: tender.id, receiptNumber: bid.receiptNumber, componentCount: added },
    },
  };
}
