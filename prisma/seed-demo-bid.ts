import type { Prisma } from "../lib/generated/prisma/client";
import type { DemoBid } from "./demo-bids";

/**
 * A bid as registration stores it, sealed: its receipt, content and attachments, with an audit
 * event that names the receipt only (never what the bid says). Returns the bid's id.
 */
export async function registerDemoBid(
  tx: Prisma.TransactionClient,
  input: { organisationId: string; tenderId: string; receiptNumber: number; bid: DemoBid; authorId: string | null },
) {
  const { bid } = input;
  const receivedAt = new Date(bid.receivedAt);
  const row = await tx.bid.create({
    data: {
      tenderId: input.tenderId,
      receiptNumber: input.receiptNumber,
      lotKey: bid.content.lotKey,
      receivedAt,
      source: "FORM",
      content: bid.content,
      createdById: input.authorId,
      createdAt: receivedAt,
      attachments: {
        create: bid.attachments.map((attachment) => {
          const content = new Uint8Array(Buffer.from(attachment.text, "utf8"));
          return {
            objective: attachment.objective,
            fileName: attachment.fileName,
            mediaType: attachment.mediaType,
            sizeBytes: content.byteLength,
            content,
          };
        }),
      },
    },
  });
  await tx.auditEvent.create({
    data: {
      organisationId: input.organisationId,
      actorId: input.authorId,
      action: "bid.registered",
      entityType: "Bid",
      entityId: row.id,
      after: {
        tenderId: input.tenderId,
        receiptNumber: input.receiptNumber,
        lotKey: bid.content.lotKey,
        receivedAt: bid.receivedAt,
        source: "demo data",
      },
      occurredAt: receivedAt,
    },
  });
  return row.id;
}

/**
 * The four-eyes opening as the app records it (lib/server/bids/bid-opening.ts): the request and
 * its confirmation by a different person, the tender moved to EVALUATION, each with its audit
 * event (counts and people, never a bid's content).
 */
export async function openDemoBids(
  tx: Prisma.TransactionClient,
  input: {
    organisationId: string;
    tenderId: string;
    bidCount: number;
    requestedBy: { id: string | null; email: string };
    confirmedBy: { id: string | null; email: string };
    requestedAt: Date;
    openedAt: Date;
  },
) {
  if (!input.requestedBy.id || !input.confirmedBy.id) throw new Error("The demo opening needs two demo accounts.");
  const opening = await tx.bidOpening.create({
    data: {
      tenderId: input.tenderId,
      requestedById: input.requestedBy.id,
      requestedAt: input.requestedAt,
      confirmedById: input.confirmedBy.id,
      openedAt: input.openedAt,
    },
  });
  const common = { organisationId: input.organisationId, entityType: "Tender", entityId: input.tenderId };
  await tx.auditEvent.create({
    data: {
      ...common,
      actorId: input.requestedBy.id,
      actorEmail: input.requestedBy.email,
      action: "bid.opening_requested",
      after: { requestId: opening.id, requestedBy: input.requestedBy.email, bidCount: input.bidCount },
      occurredAt: input.requestedAt,
    },
  });
  await tx.auditEvent.create({
    data: {
      ...common,
      actorId: input.confirmedBy.id,
      actorEmail: input.confirmedBy.email,
      action: "bid.opened",
      before: { requestId: opening.id, requestedBy: input.requestedBy.email, status: "PUBLISHED" },
      after: {
        confirmedBy: input.confirmedBy.email,
        openedAt: input.openedAt.toISOString(),
        bidCount: input.bidCount,
        status: "EVALUATION",
        source: "demo data",
      },
      occurredAt: input.openedAt,
    },
  });
}
