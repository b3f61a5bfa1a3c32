import "server-only";
import { can } from "@/lib/domain/permissions";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { tenderWhereForViewer } from "./tender-scope";

export type ReviewQueueItem = {
  id: string;
  reference: string;
  title: string;
  /** When the tender last changed: for a tender in review, when it was sent for review. */
  updatedAt: Date;
  openCommentCount: number;
};

/** The OSPO's queue: the organisation's tenders in review, the longest waiting first. */
export async function listReviewQueue(db: DbClient, viewer: Viewer): Promise<ReviewQueueItem[]> {
  if (!can(viewer.roles, "tender.review")) return [];
  const rows = await db.tender.findMany({
    where: { AND: [tenderWhereForViewer(viewer), { status: "IN_REVIEW" }] },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      reference: true,
      title: true,
      updatedAt: true,
      _count: { select: { reviewComments: { where: { resolvedAt: null } } } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, openCommentCount: _count.reviewComments }));
}
