import { randomUUID } from "node:crypto";
import type { BidContent } from "../../lib/domain/bids/bid-model";
import type { Lot } from "../../lib/domain/tender/lots";
import type { Db } from "../../lib/server/db";
import { CASE_MANAGEMENT_SECTIONS } from "../../prisma/demo-tender-sections";

/**
 * Test fixtures for bids: a published tender (the demo case-management tender's sections, award
 * criteria with a 3 % discount rate over 4 years) whose deadline passed yesterday unless told
 * otherwise, and a bid's content a test can adapt.
 */
export async function createPublishedTender(
  db: Db,
  organisationId: string,
  options: { tenderDeadline?: Date; lots?: Lot[] } = {},
) {
  const today = new Date(new Date().toISOString().slice(0, 10));
  const deadline = options.tenderDeadline ?? new Date(today.getTime() - 86_400_000);
  const sections = CASE_MANAGEMENT_SECTIONS;
  return db.tender.create({
    data: {
      organisationId,
      reference: `BID-${randomUUID().slice(0, 8).toUpperCase()}`,
      title: "Case management system",
      status: "PUBLISHED",
      contractNature: "SERVICES",
      procedureType: "OPEN",
      mainCpv: "72230000",
      estimatedValueCents: 240_000_000n,
      durationMonths: 48,
      lots: options.lots ?? [],
      requirements: sections.requirements,
      clauses: sections.clauses,
      sovereignty: sections.sovereignty ?? undefined,
      award: sections.award ? { ...sections.award, discountRatePercent: 3, tcoHorizonYears: 4 } : undefined,
      publicationDate: new Date(deadline.getTime() - 42 * 86_400_000),
      tenderDeadline: deadline,
      openingDate: deadline,
    },
  });
}

export function sampleBidContent(overrides: Partial<BidContent> = {}): BidContent {
  return {
    bidder: {
      name: "Codeworks Coop",
      country: "BE",
      registrationId: "BE0123456789",
      isSme: true,
      contactName: "Ana Lopes",
      contactEmail: "tenders@codeworks.example",
    },
    lotKey: null,
    solution: "A case management system built on open-source components, delivered under EUPL-1.2.",
    claimsOpenSource: true,
    costLines: [
      { category: "IMPLEMENTATION", year: 0, amountCents: 90_000_000, note: "Analysis and development" },
      { category: "SUPPORT_MAINTENANCE", year: 1, amountCents: 12_000_000, note: "" },
      { category: "SUPPORT_MAINTENANCE", year: 2, amountCents: 12_000_000, note: "" },
      { category: "EXIT", year: 5, amountCents: 3_000_000, note: "Hand-over to a successor" },
    ],
    components: [
      {
        name: "case-engine",
        version: "1.0.0",
        supplier: "Codeworks Coop",
        licence: "EUPL-1.2",
        repository: "https://code.europa.eu/codeworks/case-engine",
        relation: "DELIVERED",
        isAiModel: false,
        modelOpennessClass: null,
      },
      {
        name: "postgresql",
        version: "17.2",
        supplier: "PostgreSQL Global Development Group",
        licence: "PostgreSQL",
        repository: "https://git.postgresql.org/gitweb/?p=postgresql.git",
        relation: "DEPENDENCY",
        isAiModel: false,
        modelOpennessClass: null,
      },
    ],
    sovereigntyClaims: {
      "SOV-1": { level: 3, evidence: "EU-owned cooperative" },
      "SOV-2": { level: 4, evidence: "No non-EU parent company" },
    },
    standardAnswers: [],
    ...overrides,
  };
}

/**
 * A bid inserted directly, as registration would store it: sealed until the tender's bids are
 * opened. Receipt numbers follow on from the tender's last one unless given.
 */
export async function insertSealedBid(
  db: Db,
  tenderId: string,
  options: {
    content?: BidContent;
    receiptNumber?: number;
    receivedAt?: Date;
    withdrawnAt?: Date | null;
    createdById?: string | null;
    attachments?: {
      fileName: string;
      mediaType: string;
      content: Uint8Array<ArrayBuffer>;
      objective?: string | null;
    }[];
  } = {},
) {
  const content = options.content ?? sampleBidContent();
  const last = await db.bid.findFirst({ where: { tenderId }, orderBy: { receiptNumber: "desc" } });
  return db.bid.create({
    data: {
      tenderId,
      receiptNumber: options.receiptNumber ?? (last?.receiptNumber ?? 0) + 1,
      lotKey: content.lotKey,
      receivedAt: options.receivedAt ?? new Date(),
      source: "FORM",
      content,
      withdrawnAt: options.withdrawnAt ?? null,
      createdById: options.createdById ?? null,
      attachments: {
        create: (options.attachments ?? []).map((attachment) => ({
          fileName: attachment.fileName,
          mediaType: attachment.mediaType,
          sizeBytes: attachment.content.byteLength,
          content: attachment.content,
          objective: attachment.objective ?? null,
        })),
      },
    },
    include: { attachments: { select: { id: true } } },
  });
}

/** Marks a tender's bids as opened, as a confirmed four-eyes opening would (for tests of what follows). */
export async function markBidsOpened(db: Db, tenderId: string, requestedById: string, confirmedById: string) {
  return db.bidOpening.create({
    data: { tenderId, requestedById, confirmedById, openedAt: new Date() },
  });
}
