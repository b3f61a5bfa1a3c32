import type { ReactNode } from "react";
import { ReviewCommentsProvider } from "@/components/review/review-comments";
import { canResolveReviewComment } from "@/lib/domain/tender/tender-review";
import { AppError } from "@/lib/errors";
import { getViewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { getTender } from "@/lib/server/tenders/get-tender";
import { listReviewComments } from "@/lib/server/tenders/review-comments";
import { resolveReviewCommentAction } from "./review/actions";
import { toCommentViews } from "./review/comment-views";

type Props = { children: ReactNode; params: Promise<{ tenderId: string }> };

/**
 * Gives the tender's section pages its open review comments, which they show in place. It
 * decides no access: the pages do (requireTender); for a viewer who may not see the tender there
 * is simply nothing to give.
 */
export default async function TenderLayout({ children, params }: Props) {
  const viewer = await getViewer();
  if (!viewer) return children;
  const { tenderId } = await params;
  const db = getDb();
  const [tender, comments] = await Promise.all([
    getTender(db, viewer, tenderId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") return null;
      throw error;
    }),
    listReviewComments(db, viewer, tenderId, { open: true }),
  ]);
  if (!tender) return children;
  return (
    <ReviewCommentsProvider
      tenderId={tender.id}
      comments={await toCommentViews(comments)}
      resolveAction={canResolveReviewComment(tender.status, viewer.roles) ? resolveReviewCommentAction : null}
    >
      {children}
    </ReviewCommentsProvider>
  );
}
