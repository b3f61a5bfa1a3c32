import { can } from "../permissions";
import type { Role } from "../roles";
import { TENDER_TRANSITIONS, type TenderStatus, type TenderTransition } from "./tender-status";

/**
 * The OSPO's advisory review of a draft: comments per section while the tender is in review,
 * resolved by the drafter afterwards. Who may change the status is decided by tender-status.ts.
 */

/** Comments are written during the review, by those who review (OSPO, administrators). */
export function canAddReviewComment(status: TenderStatus, roles: readonly Role[]): boolean {
  return status === "IN_REVIEW" && can(roles, "tender.review");
}

/**
 * Drafters (and administrators) mark comments as dealt with. Published and cancelled tenders are
 * frozen: their review is part of the record and stays as it was.
 */
export function canResolveReviewComment(status: TenderStatus, roles: readonly Role[]): boolean {
  return !isFrozen(status) && can(roles, "tender.draft");
}

/**
 * Nothing about a tender changes any more once published (but its corrigenda and its
 * cancellation), nor while it is evaluated, awarded or cancelled.
 */
export function isFrozen(status: TenderStatus): boolean {
  return status === "PUBLISHED" || status === "EVALUATION" || status === "AWARDED" || status === "CANCELLED";
}

/** The move between two statuses, if the lifecycle has one (whoever may make it). */
export function transitionBetween(from: TenderStatus, to: TenderStatus): TenderTransition | undefined {
  return TENDER_TRANSITIONS.find((transition) => transition.from === from && transition.to === to);
}

/** Open (unresolved) comments per section, for the task list. Sections without any are absent. */
export function openCommentCounts(comments: readonly { section: string; resolvedAt: Date | null }[]) {
  const counts: Record<string, number> = {};
  for (const comment of comments) {
    if (comment.resolvedAt === null) counts[comment.section] = (counts[comment.section] ?? 0) + 1;
  }
  return counts;
}
