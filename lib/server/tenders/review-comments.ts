import "server-only";
import { can } from "@/lib/domain/permissions";
import { canAddReviewComment, canResolveReviewComment } from "@/lib/domain/tender/tender-review";
import { AppError } from "@/lib/errors";
import type { AddReviewCommentInput, ResolveReviewCommentInput } from "@/lib/schemas/tender-review";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient, DbTransaction } from "@/lib/server/db";
import type { TenderAuditEntry } from "./change-tender-status";
import { getTender } from "./get-tender";
import { tenderWhereForViewer } from "./tender-scope";

/** A comment of the OSPO's review as pages see it. */
export type ReviewCommentDto = {
  id: string;
  section: string;
  body: string;
  authorName: string;
  createdAt: Date;
  resolvedAt: Date | null;
};

const COMMENT_SELECT = {
  id: true,
  section: true,
  body: true,
  authorName: true,
  createdAt: true,
  resolvedAt: true,
} as const;

/**
 * A reviewer's comment on one section, while the tender is in review. The author's name is
 * copied, so the comment still says who wrote it after they leave the organisation.
 */
export async function addReviewComment(
  tx: DbTransaction,
  viewer: Viewer,
  input: AddReviewCommentInput,
): Promise<{ comment: ReviewCommentDto; event: TenderAuditEntry }> {
  if (!can(viewer.roles, "tender.review")) throw new AppError("FORBIDDEN");
  // Holds off a status change until this comment is in (or waits for one to finish first), so a
  // comment can never land on a tender that has just left review.
  await tx.$queryRaw`SELECT 1 FROM "Tender" WHERE "id" = ${input.tenderId} FOR SHARE`;
  const tender = await getTender(tx, viewer, input.tenderId);
  if (!canAddReviewComment(tender.status, viewer.roles)) {
    throw new AppError("INVALID_STATE", "errors.reviewCommentNotInReview");
  }
  const comment = await tx.reviewComment.create({
    data: {
      tenderId: tender.id,
      section: input.section,
      body: input.body,
      authorId: viewer.userId,
      authorName: viewer.name,
    },
    select: COMMENT_SELECT,
  });
  return {
    comment,
    event: {
      action: "tender.review_comment_added",
      entityType: "Tender",
      entityId: tender.id,
      after: { commentId: comment.id, section: comment.section, body: comment.body },
    },
  };
}

/** The drafter marks a comment as dealt with; a comment is resolved once, by whoever comes first. */
export async function resolveReviewComment(
  tx: DbTransaction,
  viewer: Viewer,
  input: ResolveReviewCommentInput,
  now = new Date(),
): Promise<{ comment: ReviewCommentDto; event: TenderAuditEntry }> {
  if (!can(viewer.roles, "tender.draft")) throw new AppError("FORBIDDEN");
  const found = await tx.reviewComment.findFirst({
    where: { id: input.commentId, tenderId: input.tenderId, tender: tenderWhereForViewer(viewer) },
    select: { ...COMMENT_SELECT, tender: { select: { status: true } } },
  });
  if (!found) throw new AppError("NOT_FOUND");
  if (!canResolveReviewComment(found.tender.status, viewer.roles)) {
    throw new AppError("INVALID_STATE", "errors.tenderFrozen");
  }
  const updated = await tx.reviewComment.updateMany({
    where: { id: found.id, resolvedAt: null },
    data: { resolvedAt: now, resolvedById: viewer.userId },
  });
  if (updated.count === 0) throw new AppError("CONFLICT", "errors.reviewCommentResolvedMeanwhile");
  const { tender: _tender, ...comment } = found;
  return {
    comment: { ...comment, resolvedAt: now },
    event: {
      action: "tender.review_comment_resolved",
      entityType: "Tender",
      entityId: input.tenderId,
      before: { commentId: comment.id, section: comment.section, resolvedAt: null },
      after: { commentId: comment.id, section: comment.section, resolvedAt: now.toISOString() },
    },
  };
}

/**
 * The review comments of a tender the viewer may see, oldest first: all of them, or only the
 * open ones, of every section or of one. Another organisation's tender has none.
 */
export async function listReviewComments(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
  filter: { section?: string; open?: boolean } = {},
): Promise<ReviewCommentDto[]> {
  return db.reviewComment.findMany({
    where: {
      tenderId,
      tender: tenderWhereForViewer(viewer),
      ...(filter.section ? { section: filter.section } : {}),
      ...(filter.open ? { resolvedAt: null } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: COMMENT_SELECT,
  });
}
