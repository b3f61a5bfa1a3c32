import "server-only";
import { can } from "@/lib/domain/permissions";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { readBidAccess, readOpenedBids } from "./bid-access";
import { BID_TENDER_STATUSES } from "./bid-tender";

export type OpenedTender = {
  id: string;
  reference: string;
  title: string;
  /**
   * The bids as the viewer may read them (bid-access.ts); null when they may read none: an
   * evaluator reads a tender's bids only as a member of its panel, and these tenders have none yet.
   */
  bids: { id: string; receiptNumber: number; bidderName: string }[] | null;
};

/**
 * The viewer's organisation's tenders whose bids have been opened and that have no evaluation
 * panel yet, newest opening first, with their bids for those who may read them (the procurement
 * staff), and without for an evaluator, who is not on any panel of theirs. Tenders with a panel
 * are listed to their members only (lib/server/evaluation/my-evaluations.ts).
 */
export async function listOpenedTenders(db: DbClient, viewer: Viewer, limit = 50): Promise<OpenedTender[]> {
  if (!can(viewer.roles, "bid.view")) return [];
  const tenders = await db.tender.findMany({
    where: {
      organisationId: viewer.organisation.id,
      status: { in: [...BID_TENDER_STATUSES] },
      bidOpening: { openedAt: { not: null } },
      evaluationPanel: { is: null },
    },
    select: { id: true, reference: true, title: true },
    orderBy: { bidOpening: { openedAt: "desc" } },
    take: limit,
  });
  return Promise.all(
    tenders.map(async (tender) => {
      if ((await readBidAccess(db, viewer, tender.id)).kind === "REFUSED") return { ...tender, bids: null };
      const bids = await readOpenedBids(db, viewer, tender.id);
      return {
        ...tender,
        bids: bids.map((bid) => ({
          id: bid.id,
          receiptNumber: bid.receiptNumber,
          bidderName: bid.content.bidder.name,
        })),
      };
    }),
  );
}
