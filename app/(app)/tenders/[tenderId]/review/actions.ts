"use server";
import { revalidatePath } from "next/cache";
import {
  addReviewCommentSchema,
  changeTenderStatusSchema,
  resolveReviewCommentSchema,
} from "@/lib/schemas/tender-review";
import { defineAction } from "@/lib/server/action";
import { changeTenderStatus } from "@/lib/server/tenders/change-tender-status";
import { addReviewComment, resolveReviewComment } from "@/lib/server/tenders/review-comments";

/** Every page of the tender, the list and the review queue show its status or its comments. */
function refresh({ input }: { input: { tenderId: string } }) {
  revalidatePath(`/tenders/${input.tenderId}`, "layout");
  revalidatePath("/tenders");
  revalidatePath("/reviews");
}

/**
 * Submit for review, approve, request changes, reopen, publish, cancel: any signed-in viewer who
 * sees tenders may ask, and the domain's lifecycle decides whether their roles allow the move.
 */
export const changeTenderStatusAction = defineAction(
  { schema: changeTenderStatusSchema, permission: "tender.view", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const change = await changeTenderStatus(tx, viewer, input);
    audit(change.event);
    return { status: change.after.status, version: change.after.version, transition: change.transition.action };
  },
);

export const addReviewCommentAction = defineAction(
  { schema: addReviewCommentSchema, permission: "tender.review", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { comment, event } = await addReviewComment(tx, viewer, input);
    audit(event);
    return { commentId: comment.id };
  },
);

export const resolveReviewCommentAction = defineAction(
  { schema: resolveReviewCommentSchema, permission: "tender.draft", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { comment, event } = await resolveReviewComment(tx, viewer, input);
    audit(event);
    return { commentId: comment.id };
  },
);
