import "server-only";
import { findSameBidders, registrationKey, type SameBidder } from "@/lib/domain/bids/same-bidder";
import type { IncomingBid } from "@/lib/domain/bids/check-bid-registration";
import { recordAuditEvent, type AuditEventInput } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import { getDb, type DbTransaction } from "@/lib/server/db";

/**
 * The bids being registered whose bidder (VAT or registration number) already has a bid, not
 * withdrawn, on the same lot of the tender, or appears twice among them.
 *
 * The tender's bids are sealed: the comparison runs inside the database, with the numbers being
 * registered, and only the receipt numbers of the bids that match come back (what the register
 * shows anyway), never any other part of their content. Only registration asks (bid.register, the
 * tender locked and accepting bids). A registration that finds nothing stores a bid, audited; one
 * that finds a match is refused until confirmed, and the warning itself is audited
 * (sameBidderWarningEvent): it cannot be used to ask quietly who has bid.
 * SECURITY: reads sealed content (one field, compared in SQL); change it with a second reviewer.
 */
export async function findSameBidderBids(
  tx: DbTransaction,
  tenderId: string,
  bids: readonly IncomingBid[],
): Promise<SameBidder[]> {
  const incoming = bids.map((bid) => ({
    registrationId: bid.content.bidder.registrationId,
    lotKey: bid.content.lotKey,
  }));
  const keys = [...new Set(incoming.map((bid) => registrationKey(bid.registrationId)).filter((key) => key !== ""))];
  if (keys.length === 0) return [];
  // The same normalisation as registrationKey: upper case, without spaces, dots and hyphens.
  const registered = await tx.$queryRaw<{ receiptNumber: number; lotKey: string | null; key: string }[]>`
    SELECT "receiptNumber", "lotKey", "key" FROM (
      SELECT "receiptNumber", "lotKey",
             regexp_replace(upper("content"->'bidder'->>'registrationId'), '[[:space:].-]', '', 'g') AS "key"
      FROM "Bid"
      WHERE "tenderId" = ${tenderId} AND "withdrawnAt" IS NULL
    ) AS "bidder"
    WHERE "key" = ANY(${keys})`;
  return findSameBidders(incoming, registered);
}

type WarningEvent = Omit<AuditEventInput, "actor" | "organisationId">;

/**
 * The audit event of a warning: who was told (the event's actor), how many bids they were
 * registering and which receipt numbers they were told of. Never the registration numbers asked
 * about: the audit log is readable before the opening, and they would tie a bidder to a sealed bid.
 */
export function sameBidderWarningEvent(
  tender: { id: string; reference: string },
  source: string,
  bidsChecked: number,
  matches: readonly SameBidder[],
): WarningEvent {
  const receiptNumbers = [...new Set(matches.flatMap((match) => match.receiptNumbers))].sort((a, b) => a - b);
  return {
    action: "bid.same_bidder_warned",
    entityType: "Tender",
    entityId: tender.id,
    after: { tenderId: tender.id, tenderReference: tender.reference, source, bidsChecked, receiptNumbers },
  };
}

/**
 * Records a warning given by a refused registration. The registration's transaction is rolled
 * back (nothing is stored), so the event is written on its own, at once: the trace must stay.
 */
export async function auditRefusedRegistration(viewer: Viewer, event: WarningEvent): Promise<void> {
  await recordAuditEvent(getDb(), {
    ...event,
    actor: { userId: viewer.userId, email: viewer.email },
    organisationId: viewer.organisation.id,
  });
}
