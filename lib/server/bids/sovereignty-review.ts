import "server-only";
import { checkReviewedLevel, claimedLevel } from "@/lib/domain/bids/sovereignty-review";
import type { SovereigntyReview } from "@/lib/domain/bids/bid-model";
import type { SealLevel, SovereigntyObjective } from "@/lib/domain/tender/sovereignty";
import { AppError } from "@/lib/errors";
import { toAuditJson, type AuditEventInput } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { readOpenedBid } from "./bid-access";

/**
 * An evaluator confirms or lowers the level an opened bid claims on one objective, with a
 * justification; the claim itself is never changed. The review replaces any earlier review of
 * that objective (the audit trail keeps every one).
 */
export async function reviewSovereigntyClaim(
  tx: DbTransaction,
  viewer: Viewer,
  input: {
    tenderId: string;
    bidId: string;
    version: number;
    objective: SovereigntyObjective;
    level: SealLevel;
    justification: string;
  },
  now = new Date(),
): Promise<{ version: number; event: Omit<AuditEventInput, "actor" | "organisationId"> }> {
  const bid = await readOpenedBid(tx, viewer, input.tenderId, input.bidId);
  if (bid.version !== input.version) throw new AppError("CONFLICT", "errors.bidChangedMeanwhile");
  const claimed = claimedLevel(bid.content.sovereigntyClaims ?? {}, input.objective);
  const refusal = checkReviewedLevel(claimed, input.level);
  if (refusal) throw new AppError("VALIDATION", `validation.${refusal}`, "level");

  const previous = bid.sovereigntyReviews[input.objective] ?? null;
  const review: SovereigntyReview = {
    level: input.level,
    justification: input.justification,
    reviewerId: viewer.userId,
    reviewerName: viewer.name,
    at: now.toISOString(),
  };
  const updated = await tx.bid.updateMany({
    where: { id: bid.id, version: bid.version },
    data: {
      sovereigntyReviews: toAuditJson({ ...bid.sovereigntyReviews, [input.objective]: review }),
      version: { increment: 1 },
    },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "errors.bidChangedMeanwhile");
  return {
    version: bid.version + 1,
    event: {
      action: "bid.sovereignty_reviewed",
      entityType: "Bid",
      entityId: bid.id,
      before: { receiptNumber: bid.receiptNumber, objective: input.objective, level: previous?.level ?? null },
      after: {
        receiptNumber: bid.receiptNumber,
        objective: input.objective,
        claimedLevel: claimed,
        level: input.level,
        justification: input.justification,
      },
    },
  };
}
