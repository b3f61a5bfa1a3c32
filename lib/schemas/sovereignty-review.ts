import { z } from "zod";
import { MAX_REVIEW_JUSTIFICATION_LENGTH } from "@/lib/domain/bids/sovereignty-review";
import { SOVEREIGNTY_OBJECTIVES, type SealLevel } from "@/lib/domain/tender/sovereignty";
import { messageRef } from "@/lib/i18n/message-ref";
import { idField, versionField } from "./fields";

/**
 * An evaluator's review of one claimed level: the level that counts and why. That it is not above
 * the claim is checked by the server against the stored claim (lib/domain/bids/sovereignty-review.ts).
 */
export const sovereigntyReviewSchema = z.object({
  tenderId: idField,
  bidId: idField,
  version: versionField,
  objective: z.enum(SOVEREIGNTY_OBJECTIVES, { error: messageRef("validation.invalid") }),
  level: z
    .string({ error: messageRef("validation.sovereigntyReview.levelRequired") })
    .regex(/^[0-4]$/, { error: messageRef("validation.sovereigntyReview.levelRequired") })
    .transform((level) => Number(level) as SealLevel),
  justification: z
    .string({ error: messageRef("validation.sovereigntyReview.justificationRequired") })
    .trim()
    .min(1, { error: messageRef("validation.sovereigntyReview.justificationRequired") })
    .max(MAX_REVIEW_JUSTIFICATION_LENGTH, {
      error: messageRef("validation.tooLong", { max: MAX_REVIEW_JUSTIFICATION_LENGTH }),
    }),
});
export type SovereigntyReviewInput = z.input<typeof sovereigntyReviewSchema>;
