import "server-only";
import type { BidContent, CostLine, SovereigntyReviews } from "@/lib/domain/bids/bid-model";
import { blindBidContent, blindLabels } from "@/lib/domain/panel/blind-labels";
import { bidAccessFor, mayListBidderNames, type BidAccess } from "@/lib/domain/panel/bid-visibility";
import { can } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { loadPanelRelation } from "@/lib/server/evaluation/panel-relation";

/**
 * The one way to read bids. Before the four-eyes opening (BidOpening.openedAt) a bid is sealed:
 * only its receipt (number, lot, time, source, who entered it) can be read, never its content,
 * whoever asks. Once opened, the panel's rules decide (lib/domain/panel/bid-visibility.ts): the
 * procurement staff (`bid.register`) read every bid; an evaluator reads a tender's bids only as a
 * member of its panel whose declaration is complete (so none before the panel exists, and none
 * when off it); a member reads nothing of a lot they declared a conflict on; prices and costs are
 * withheld, and bidders' names replaced by labels, as the panel decided.
 * Pages, server actions, route handlers and exports all read bids through here.
 * SECURITY: change only with a second reviewer.
 */

/** What anyone with `bid.view` or `bid.register` may know of a bid at any time. */
export type BidReceipt = {
  id: string;
  receiptNumber: number;
  lotKey: string | null;
  receivedAt: Date;
  source: string;
  createdById: string | null;
  withdrawnAt: Date | null;
};

export type OpenedBid = BidReceipt & {
  /** With no cost lines while `pricesHidden`, and the bidder as a label while `blindLabel` is set. */
  content: BidContent;
  /** The authority's own cost lines for this bid; null = the tender's apply (or `pricesHidden`). */
  internalCosts: CostLine[] | null;
  sovereigntyReviews: SovereigntyReviews;
  version: number;
  /** Prices and costs are withheld from this reader until their quality scores are submitted. */
  pricesHidden: boolean;
  /** Blind mode: the neutral letters ("A") that stand for the bidder; null when names are shown. */
  blindLabel: string | null;
};

/** What a page may say of an attachment of an opened bid; its bytes come from readOpenedBidAttachment. */
export type BidAttachmentInfo = {
  id: string;
  objective: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
};

export type OpenedBidDetail = OpenedBid & { attachments: BidAttachmentInfo[] };

const RECEIPT_SELECT = {
  id: true,
  receiptNumber: true,
  lotKey: true,
  receivedAt: true,
  source: true,
  createdById: true,
  withdrawnAt: true,
} as const;

const OPENED_SELECT = {
  ...RECEIPT_SELECT,
  content: true,
  internalCosts: true,
  sovereigntyReviews: true,
  version: true,
} as const;

/** The tender of the viewer's organisation whose bids they may see, or NOT_FOUND; with the panel's rules for them. */
async function requireBidTender(db: DbClient, viewer: Viewer, tenderId: string) {
  if (!can(viewer.roles, "bid.view") && !can(viewer.roles, "bid.register")) throw new AppError("NOT_FOUND");
  const tender = await db.tender.findFirst({
    where: { id: tenderId, organisationId: viewer.organisation.id },
    select: { id: true, bidOpening: { select: { openedAt: true } } },
  });
  if (!tender) throw new AppError("NOT_FOUND");
  const opened = tender.bidOpening?.openedAt != null;
  const relation = await loadPanelRelation(db, viewer, tenderId);
  const access = bidAccessFor(relation, { runsProcedure: can(viewer.roles, "bid.register") }, opened);
  return { opened, access, relation };
}

/**
 * What the panel's rules let the viewer read of the tender's opened bids (pages use it to say why
 * nothing is shown and what to do); NOT_FOUND as for any bid read.
 */
export async function readBidAccess(db: DbClient, viewer: Viewer, tenderId: string): Promise<BidAccess> {
  return (await requireBidTender(db, viewer, tenderId)).access;
}

/** FORBIDDEN with the reason in words ("sign your declaration first"), or what may be read. */
function allowedAccess(access: BidAccess) {
  if (access.kind === "REFUSED") throw new AppError("FORBIDDEN", `errors.evaluation.bidAccess.${access.reason}`);
  return access;
}

export async function listBidReceipts(db: DbClient, viewer: Viewer, tenderId: string) {
  const { opened } = await requireBidTender(db, viewer, tenderId);
  const receipts: BidReceipt[] = await db.bid.findMany({
    where: { tenderId },
    select: RECEIPT_SELECT,
    orderBy: { receiptNumber: "asc" },
  });
  return { opened, receipts };
}

/**
 * The opened bids of a tender; INVALID_STATE ("errors.bidsSealed") while they are sealed. A bid
 * withdrawn before the opening stays sealed: it is kept, never read.
 */
export async function readOpenedBids(db: DbClient, viewer: Viewer, tenderId: string): Promise<OpenedBid[]> {
  if (!can(viewer.roles, "bid.view")) throw new AppError("FORBIDDEN");
  const { opened, access } = await requireBidTender(db, viewer, tenderId);
  if (!opened) throw new AppError("INVALID_STATE", "errors.bidsSealed");
  const allowed = allowedAccess(access);
  const rows = await db.bid.findMany({
    where: { tenderId, withdrawnAt: null },
    select: OPENED_SELECT,
    orderBy: { receiptNumber: "asc" },
  });
  const labels = blindLabels(rows);
  return rows
    .filter((row) => row.lotKey === null || !allowed.excludedLotKeys.includes(row.lotKey))
    .map((row) => asReadBy(toOpenedBid(row), allowed, labels));
}

/**
 * The bidders' names of a tender's opened bids, nothing else: what a panel member confirms their
 * declaration against once names are shown to them (before they may read any bid). FORBIDDEN
 * for anyone else, and while names are hidden from the panel (blind mode).
 */
export async function listBidderNames(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
): Promise<{ id: string; receiptNumber: number; lotKey: string | null; bidderName: string }[]> {
  const { opened, relation } = await requireBidTender(db, viewer, tenderId);
  if (!mayListBidderNames(relation, opened)) throw new AppError("FORBIDDEN");
  const rows = await db.bid.findMany({
    where: { tenderId, withdrawnAt: null },
    select: { id: true, receiptNumber: true, lotKey: true, content: true },
    orderBy: { receiptNumber: "asc" },
  });
  return rows.map(({ content, ...row }) => ({ ...row, bidderName: (content as BidContent).bidder.name }));
}

/** One bid's receipt, sealed or not (a page says which), or NOT_FOUND. */
export async function readBidReceipt(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
  bidId: string,
): Promise<{ opened: boolean; receipt: BidReceipt }> {
  const { opened } = await requireBidTender(db, viewer, tenderId);
  const receipt = await db.bid.findFirst({ where: { id: bidId, tenderId }, select: RECEIPT_SELECT });
  if (!receipt) throw new AppError("NOT_FOUND");
  return { opened, receipt };
}

/**
 * One opened bid with what its attachments are (not their bytes): INVALID_STATE
 * ("errors.bidsSealed") while the tender's bids are sealed, ("errors.bidWithdrawn") for a bid
 * withdrawn before the opening. Server actions that change an opened bid read it here first,
 * in their transaction, so they can never act on a sealed one.
 */
export async function readOpenedBid(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
  bidId: string,
): Promise<OpenedBidDetail> {
  if (!can(viewer.roles, "bid.view")) throw new AppError("FORBIDDEN");
  const { opened, access } = await requireBidTender(db, viewer, tenderId);
  const receipt = await db.bid.findFirst({ where: { id: bidId, tenderId }, select: RECEIPT_SELECT });
  if (!receipt) throw new AppError("NOT_FOUND");
  if (!opened) throw new AppError("INVALID_STATE", "errors.bidsSealed");
  if (receipt.withdrawnAt) throw new AppError("INVALID_STATE", "errors.bidWithdrawn");
  const allowed = allowedAccess(access);
  if (receipt.lotKey !== null && allowed.excludedLotKeys.includes(receipt.lotKey)) {
    throw new AppError("FORBIDDEN", "errors.evaluation.bidAccess.conflictedLot");
  }
  const labels = allowed.blind
    ? blindLabels(
        await db.bid.findMany({ where: { tenderId, withdrawnAt: null }, select: { id: true, receiptNumber: true } }),
      )
    : new Map<string, string>();
  const row = await db.bid.findUniqueOrThrow({
    where: { id: bidId },
    select: {
      ...OPENED_SELECT,
      attachments: {
        select: { id: true, objective: true, fileName: true, mediaType: true, sizeBytes: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const { attachments, ...bid } = row;
  return { ...asReadBy(toOpenedBid(bid), allowed, labels), attachments };
}

/** The file of one attachment of an opened bid, under the same rules as readOpenedBid. */
export async function readOpenedBidAttachment(
  db: DbClient,
  viewer: Viewer,
  ids: { tenderId: string; bidId: string; attachmentId: string },
): Promise<{ fileName: string; mediaType: string; content: Uint8Array }> {
  await readOpenedBid(db, viewer, ids.tenderId, ids.bidId);
  const attachment = await db.bidAttachment.findFirst({
    where: { id: ids.attachmentId, bidId: ids.bidId },
    select: { fileName: true, mediaType: true, content: true },
  });
  if (!attachment) throw new AppError("NOT_FOUND");
  return attachment;
}

function toOpenedBid<Row extends { content: unknown; internalCosts: unknown; sovereigntyReviews: unknown }>(row: Row) {
  return {
    ...row,
    content: row.content as BidContent,
    internalCosts: row.internalCosts as CostLine[] | null,
    sovereigntyReviews: (row.sovereigntyReviews ?? {}) as SovereigntyReviews,
  };
}

/** The bid as this reader may see it: without prices, and under a label, as the panel decided. */
function asReadBy<Bid extends { id: string; content: BidContent; internalCosts: CostLine[] | null }>(
  bid: Bid,
  access: Extract<BidAccess, { kind: "ALLOWED" }>,
  labels: Map<string, string>,
): Bid & { pricesHidden: boolean; blindLabel: string | null } {
  const blindLabel = access.blind ? (labels.get(bid.id) ?? null) : null;
  let content = bid.content;
  if (access.pricesHidden) content = { ...content, costLines: [] };
  if (blindLabel !== null) content = blindBidContent(content, `Bid ${blindLabel}`);
  return {
    ...bid,
    content,
    internalCosts: access.pricesHidden ? null : bid.internalCosts,
    pricesHidden: access.pricesHidden,
    blindLabel,
  };
}

/** What anyone may know of a bid that won an award: published with the award (docs/ocds.md). */
export type PublicAwardWinner = {
  bidId: string;
  bidderName: string;
  /** The total of the bid's cost lines (its prices, undiscounted); null when it states none. */
  priceCents: number | null;
};

/**
 * The winners of the awarded tenders among `tenderIds`, for open data, with no viewer: only the
 * bids an award decision names as winner, of a tender that is AWARDED (every lot decided) and
 * whose bids were opened, and not withdrawn. Of each, only the bidder's name and the bid's total
 * price leave this function: never its contact, registration number, cost lines, components,
 * scores or attachments, and nothing of any other bid.
 * SECURITY: change only with a second reviewer.
 */
export async function readPublicAwardWinners(db: DbClient, tenderIds: readonly string[]): Promise<PublicAwardWinner[]> {
  if (tenderIds.length === 0) return [];
  const decisions = await db.awardDecision.findMany({
    where: {
      tenderId: { in: [...tenderIds] },
      winnerBidId: { not: null },
      tender: { status: "AWARDED", bidOpening: { openedAt: { not: null } } },
    },
    select: { tenderId: true, winnerBidId: true },
  });
  if (decisions.length === 0) return [];
  const rows = await db.bid.findMany({
    where: {
      OR: decisions.map((decision) => ({ id: decision.winnerBidId!, tenderId: decision.tenderId })),
      withdrawnAt: null,
    },
    select: { id: true, content: true },
  });
  return rows.map((row) => {
    const content = row.content as BidContent;
    const costLines = content.costLines ?? [];
    return {
      bidId: row.id,
      bidderName: content.bidder.name,
      priceCents: costLines.length === 0 ? null : costLines.reduce((total, line) => total + line.amountCents, 0),
    };
  });
}
