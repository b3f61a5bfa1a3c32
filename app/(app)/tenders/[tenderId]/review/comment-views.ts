import "server-only";
import { getFormatter } from "next-intl/server";
import type { ReviewCommentView } from "@/components/review/review-comments";
import type { ReviewCommentDto } from "@/lib/server/tenders/review-comments";

/** Comments as the client components show them, dates written out on the server in the reader's language. */
export async function toCommentViews(comments: ReviewCommentDto[]): Promise<ReviewCommentView[]> {
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return comments.map((comment) => ({
    id: comment.id,
    section: comment.section,
    body: comment.body,
    authorName: comment.authorName,
    createdAt: comment.createdAt.toISOString(),
    createdAtText: when(comment.createdAt),
    resolvedAtText: comment.resolvedAt ? when(comment.resolvedAt) : null,
  }));
}
