import "server-only";
import { registrationErrors, type IncomingBid } from "@/lib/domain/bids/check-bid-registration";
import { formatReceivedAt } from "@/lib/domain/bids/received-at";
import type { SameBidder } from "@/lib/domain/bids/same-bidder";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { messageRef } from "@/lib/i18n/message-ref";
import type { AuditEventInput } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { lockTenderForReception } from "./bid-reception-tender";
import { findSameBidderBids, sameBidderWarningEvent } from "./same-bidder-bids";

export const BID_SOURCES = ["FORM", "CSV", "JSON"] as const;
export type BidSource = (typeof BID_SOURCES)[number];

/** Far more than any tender receives; keeps one import within one reasonable transaction. */
export const MAX_BIDS_PER_IMPORT = 500;

export type BidAuditEntry = Omit<AuditEventInput, "actor" | "organisationId">;

/** What registering tells the person: receipt numbers, never anything of the content. */
export type BidRegistered = { id: string; receiptNumber: number; lotKey: string | null };

/**
 * Registers bids received for a tender, sealed at once: all of them or none (one transaction,
 * the caller's). The tender must be the viewer's organisation's, published, with its bids not
 * opened nor their opening requested; each bid is checked against the tender again here, whatever
 * checked it before. Receipt numbers follow on 1, 2, 3… without gaps: the tender's row is locked
 * until the transaction ends, so two registrations at once take turns. A bidder that already has
 * a bid on the lot (or is twice among the bids) is refused with CONFLICT on `confirmSameBidder`
 * until the person confirms (same-bidder-bids.ts): a warning, not a rule, audited by the caller
 * (SameBidderWarning carries the event).
 *
 * The audit events (one `bid.registered` per bid) name the receipt number, lot, source and time
 * of receipt, never the bidder or any other part of the content: the audit log is readable before
 * the opening.
 * SECURITY: change only with a second reviewer.
 */
export async function registerBids(
  tx: DbTransaction,
  viewer: Viewer,
  input: {
    tenderId: string;
    source: BidSource;
    bids: readonly IncomingBid[];
    /** The person was told that a bidder already has a bid on the lot, and registers anyway. */
    confirmSameBidder?: boolean;
  },
): Promise<{ registered: BidRegistered[]; events: BidAuditEntry[] }> {
  if (input.bids.length === 0) throw new AppError("VALIDATION", "errors.bidReception.noBids");
  if (input.bids.length > MAX_BIDS_PER_IMPORT) {
    throw new AppError("VALIDATION", messageRef("errors.bidReception.tooManyBids", { max: MAX_BIDS_PER_IMPORT }));
  }
  const { tender, context } = await lockTenderForReception(tx, viewer, input.tenderId);
  input.bids.forEach((bid, index) => {
    const [error] = registrationErrors(bid, context);
    if (!error) return;
    const field = input.bids.length === 1 ? error.path : `bids.${index}.${error.path ?? ""}`;
    throw new AppError("VALIDATION", messageRef(`problems.${error.code}`, error.values), field);
  });
  const sameBidders = await findSameBidderBids(tx, tender.id, input.bids);
  if (sameBidders.length > 0 && !input.confirmSameBidder) {
    const event = sameBidderWarningEvent(tender, input.source, input.bids.length, sameBidders);
    throw new SameBidderWarning(sameBidderMessage(sameBidders[0]!), event);
  }

  const { _max } = await tx.bid.aggregate({ where: { tenderId: tender.id }, _max: { receiptNumber: true } });
  const first = (_max.receiptNumber ?? 0) + 1;
  const registered = await tx.bid.createManyAndReturn({
    data: input.bids.map((bid, index) => ({
      tenderId: tender.id,
      receiptNumber: first + index,
      lotKey: bid.content.lotKey,
      receivedAt: bid.receivedAt,
      source: input.source,
      content: bid.content as unknown as Prisma.InputJsonValue,
      createdById: viewer.userId,
    })),
    select: { id: true, receiptNumber: true, lotKey: true, receivedAt: true },
  });
  registered.sort((a, b) => a.receiptNumber - b.receiptNumber);
  // A confirmed second bid of a bidder names the other bids in its audit event (receipts only).
  const sameBidderAs = new Map(
    sameBidders.map((match) => [
      first + match.index,
      [...match.receiptNumbers, ...match.alsoAt.map((position) => first + position)].sort((a, b) => a - b),
    ]),
  );
  return {
    registered: registered.map(({ id, receiptNumber, lotKey }) => ({ id, receiptNumber, lotKey })),
    events: registered.map((bid) => ({
      action: "bid.registered",
      entityType: "Bid",
      entityId: bid.id,
      after: {
        tenderId: tender.id,
        tenderReference: tender.reference,
        receiptNumber: bid.receiptNumber,
        lotKey: bid.lotKey,
        source: input.source,
        receivedAt: formatReceivedAt(bid.receivedAt),
        ...(sameBidderAs.has(bid.receiptNumber) ? { sameBidderAs: sameBidderAs.get(bid.receiptNumber) } : {}),
      },
    })),
  };
}

/**
 * A registration refused until the person confirms (CONFLICT on `confirmSameBidder`), with the
 * audit event of the warning, which the caller records although the registration rolls back.
 */
export class SameBidderWarning extends AppError {
  readonly event: BidAuditEntry;

  constructor(messageKey: string, event: BidAuditEntry) {
    super("CONFLICT", messageKey, "confirmSameBidder");
    this.event = event;
  }
}

/** Why a registration waits for confirmation: the bidder, and its other bids on the lot. */
function sameBidderMessage(match: SameBidder): string {
  if (match.receiptNumbers.length === 0) {
    return messageRef("errors.bidReception.sameBidderInFile", { registrationId: match.registrationId });
  }
  const values = {
    registrationId: match.registrationId,
    receipts: match.receiptNumbers.join(", "),
    count: match.receiptNumbers.length,
  };
  return match.lotKey
    ? messageRef("errors.bidReception.sameBidderOnLot", { ...values, lot: match.lotKey })
    : messageRef("errors.bidReception.sameBidder", values);
}
