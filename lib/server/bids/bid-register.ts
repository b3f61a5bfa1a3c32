import "server-only";
import { can } from "@/lib/domain/permissions";
import { TENDER_STATUSES, type TenderStatus } from "@/lib/domain/tender/tender-enums";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { listBidReceipts, readBidAccess, readOpenedBids } from "./bid-access";
import { receptionState, type ReceptionState } from "./bid-reception-tender";

/** The statuses in which a tender can have bids: from publication on. */
const PAST_DRAFTING: readonly TenderStatus[] = ["PUBLISHED", "EVALUATION", "AWARDED", "CANCELLED"];

/** One line of the bids register: the receipt, who entered it, and the bidder once opened. */
export type BidRegisterRow = {
  id: string;
  receiptNumber: number;
  lotKey: string | null;
  receivedAt: Date;
  source: string;
  enteredBy: string | null;
  withdrawnAt: Date | null;
  /** Null while the bids are sealed. */
  bidderName: string | null;
};

export type BidRegister = {
  tender: { id: string; reference: string; title: string; status: TenderStatus; tenderDeadline: string | null };
  lots: { key: string; title: string }[];
  opened: boolean;
  reception: ReceptionState;
  rows: BidRegisterRow[];
};

/**
 * The bids register of a tender of the viewer's organisation, for anyone who may register or
 * view bids (evaluators included, who do not see the tender's drafts). Receipts come from the one
 * read path (bid-access.ts); the bidders' names only once the bids are opened, through it too.
 */
export async function getBidRegister(db: DbClient, viewer: Viewer, tenderId: string): Promise<BidRegister> {
  if (!can(viewer.roles, "bid.view") && !can(viewer.roles, "bid.register")) throw new AppError("NOT_FOUND");
  // Those who do not see drafts (evaluators) see the register of tenders past drafting only.
  const statuses: TenderStatus[] = can(viewer.roles, "tender.view") ? [...TENDER_STATUSES] : [...PAST_DRAFTING];
  const row = await db.tender.findFirst({
    where: { id: tenderId, organisationId: viewer.organisation.id, status: { in: statuses } },
    select: { id: true, reference: true, title: true, status: true, tenderDeadline: true, lots: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const tender = { ...row, tenderDeadline: row.tenderDeadline?.toISOString().slice(0, 10) ?? null };
  const { opened, receipts } = await listBidReceipts(db, viewer, tenderId);
  // An evaluation panel may keep this viewer from the bids for now (a declaration to sign first).
  const mayRead =
    opened && can(viewer.roles, "bid.view") && (await readBidAccess(db, viewer, tenderId)).kind === "ALLOWED";
  const enteredByIds = [...new Set(receipts.map((receipt) => receipt.createdById).filter((id) => id !== null))];
  const [users, bidders] = await Promise.all([
    db.user.findMany({ where: { id: { in: enteredByIds } }, select: { id: true, name: true } }),
    mayRead ? readOpenedBids(db, viewer, tenderId) : Promise.resolve([]),
  ]);
  const names = new Map(users.map((user) => [user.id, user.name]));
  const bidderNames = new Map(bidders.map((bid) => [bid.id, bid.content.bidder.name]));
  const lots = Array.isArray(row.lots) ? (row.lots as { key: string; title: string }[]) : [];
  return {
    tender: {
      id: tender.id,
      reference: tender.reference,
      title: tender.title,
      status: tender.status,
      tenderDeadline: tender.tenderDeadline,
    },
    lots: lots.map((lot) => ({ key: lot.key, title: lot.title })),
    opened,
    reception: await receptionState(db, tender),
    rows: receipts.map((receipt) => ({
      id: receipt.id,
      receiptNumber: receipt.receiptNumber,
      lotKey: receipt.lotKey,
      receivedAt: receipt.receivedAt,
      source: receipt.source,
      enteredBy: receipt.createdById ? (names.get(receipt.createdById) ?? null) : null,
      withdrawnAt: receipt.withdrawnAt,
      bidderName: bidderNames.get(receipt.id) ?? null,
    })),
  };
}

/** One bid's receipt (never its content), in a tender of the viewer's organisation; null when there is none. */
export async function getBidReceipt(db: DbClient, viewer: Viewer, tenderId: string, bidId: string) {
  if (!can(viewer.roles, "bid.view") && !can(viewer.roles, "bid.register")) return null;
  return db.bid.findFirst({
    where: { id: bidId, tenderId, tender: { organisationId: viewer.organisation.id } },
    select: { id: true, receiptNumber: true, lotKey: true, withdrawnAt: true },
  });
}
