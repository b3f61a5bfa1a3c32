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
