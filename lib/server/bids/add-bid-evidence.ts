import "server-only";
import { checkEvidenceFiles, type AcceptedEvidence } from "@/lib/domain/bids/evidence/check-evidence-files";
import {
  MAX_ATTACHMENTS_PER_BID,
  storedObjective,
  type EvidenceObjective,
} from "@/lib/domain/bids/evidence/evidence-types";
import { AppError } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { lockBidForAppend } from "./lock-bid-for-append";
import type { BidAuditEntry } from "./register-bids";

type EvidenceBytes = Uint8Array<ArrayBuffer>;

/**
 * Stores checked evidence files (checkEvidenceFiles) with a bid whose tender the caller has locked
 * for reception. The audit event (`bid.evidence_added`) gives the number of files, the objective
 * and their total size, never their names: "Offer price breakdown.pdf" says what a sealed bid holds.
 */
export async function storeBidEvidence(
  tx: DbTransaction,
  target: { tenderId: string; bid: { id: string; receiptNumber: number } },
  objective: EvidenceObjective,
  files: readonly AcceptedEvidence<EvidenceBytes>[],
): Promise<BidAuditEntry> {
  // Counted under the tender's lock, so two uploads at once cannot both pass the limit.
  const existing = await tx.bidAttachment.count({ where: { bidId: target.bid.id } });
  if (existing + files.length > MAX_ATTACHMENTS_PER_BID) {
    throw new AppError(
      "VALIDATION",
      messageRef("errors.bidReception.tooManyAttachments", { max: MAX_ATTACHMENTS_PER_BID }),
      "files",
    );
  }
  await tx.bidAttachment.createMany({
    data: files.map((file) => ({
      bidId: target.bid.id,
      objective: storedObjective(objective),
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.bytes.byteLength,
      content: file.bytes,
    })),
  });
  return {
    action: "bid.evidence_added",
    entityType: "Bid",
    entityId: target.bid.id,
    after: {
      tenderId: target.tenderId,
      receiptNumber: target.bid.receiptNumber,
      objective: storedObjective(objective),
      fileCount: files.length,
      totalBytes: files.reduce((sum, file) => sum + file.bytes.byteLength, 0),
    },
  };
}

/**
 * "Add evidence to bid N": files joined to a sealed bid, write-only, under the same rules as a
 * bill of materials (lockBidForAppend). Each file is checked again here, whatever the browser
 * checked; the first problem refuses the upload. The answer is the number of files added.
 */
export async function addBidEvidence(
  tx: DbTransaction,
  viewer: Viewer,
  input: {
    tenderId: string;
    bidId: string;
    objective: EvidenceObjective;
    files: readonly { name: string; bytes: EvidenceBytes }[];
  },
): Promise<{ receiptNumber: number; added: number; event: BidAuditEntry }> {
  const { tender, bid } = await lockBidForAppend(tx, viewer, input);
  const checked = checkEvidenceFiles(input.files);
  if (!checked.ok) throw new AppError("VALIDATION", checked.problems[0], "files");
  const event = await storeBidEvidence(tx, { tenderId: tender.id, bid }, input.objective, checked.files);
  return { receiptNumber: bid.receiptNumber, added: checked.files.length, event };
}
