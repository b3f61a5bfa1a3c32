import { z } from "zod";
import { transitionBetween } from "@/lib/domain/tender/tender-review";
import { TENDER_STATUSES } from "@/lib/domain/tender/tender-status";
import { TENDER_SECTIONS } from "@/lib/domain/tender/tender-tasks";
import { messageRef } from "@/lib/i18n/message-ref";
import { idField, versionField } from "./fields";

export const MAX_REASON_LENGTH = 2_000;
export const MAX_COMMENT_LENGTH = 4_000;

/**
 * A move in the tender's lifecycle, from the status and version the page showed. Whether the
 * move exists and who may make it is the domain's decision (checkTransition, on the server); the
 * schema only asks for the reason the moves that need one require, so the form can say so at once.
 */
export const changeTenderStatusSchema = z
  .object({
    tenderId: idField,
    version: versionField,
    from: z.enum(TENDER_STATUSES, { error: messageRef("validation.invalid") }),
    to: z.enum(TENDER_STATUSES, { error: messageRef("validation.decisionRequired") }),
    reason: z
      .string()
      .trim()
      .max(MAX_REASON_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_REASON_LENGTH }) })
      .default(""),
  })
  .superRefine((input, context) => {
    const transition = transitionBetween(input.from, input.to);
    if (transition?.reasonRequired && input.reason === "") {
      context.addIssue({
        code: "custom",
        path: ["reason"],
        message: messageRef(`validation.statusReasonRequired.${transition.action}`),
      });
    }
  });
export type ChangeTenderStatusInput = z.infer<typeof changeTenderStatusSchema>;

export const addReviewCommentSchema = z.object({
  tenderId: idField,
  section: z.enum(TENDER_SECTIONS, { error: messageRef("validation.invalid") }),
  body: z
    .string({ error: messageRef("validation.commentRequired") })
    .trim()
    .min(1, { error: messageRef("validation.commentRequired") })
    .max(MAX_COMMENT_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_COMMENT_LENGTH }) }),
});
export type AddReviewCommentInput = z.infer<typeof addReviewCommentSchema>;

export const resolveReviewCommentSchema = z.object({ tenderId: idField, commentId: idField });
export type ResolveReviewCommentInput = z.infer<typeof resolveReviewCommentSchema>;
