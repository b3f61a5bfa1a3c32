import "server-only";
import { can } from "@/lib/domain/permissions";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { readOpenedBids } from "./bid-access";
import { BID_TENDER_STATUSES } from "./bid-tender";

export type OpenedTender = {
  id: string;
  reference: string;
  title: string;
  bids: { id: string; receiptNumber: number; bidderName: string }[];
};

/**
 * The viewer's organisation's tenders whose bids have been opened and that have no evaluation
 * panel yet, newest opening first, with their bids (read through bid-access.ts). Tenders with a
 * panel are listed to their members only (lib/server/evaluation/my-evaluations.ts).
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
    tenders.map(async (tender) => ({
      ...tender,
      bids: (await readOpenedBids(db, viewer, tender.id)).map((bid) => ({
        id: bid.id,
        receiptNumber: bid.receiptNumber,
        bidderName: bid.content.bidder.name,
      })),
    })),
  );
}
