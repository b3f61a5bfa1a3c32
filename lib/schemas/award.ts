import { z } from "zod";
import { isIsoDate } from "@/lib/domain/tender/calendar-date";
import { messageRef } from "@/lib/i18n/message-ref";
import { idField, versionField } from "./fields";

export const MAX_AWARD_REASON_LENGTH = 4000;

/**
 * The award decision of one lot (or of a tender without lots, lotKey ""). `fingerprint` and
 * `version` are what the form was drawn from: the evaluation the person saw and the tender's
 * version, so that a decision never rests on a ranking that has changed since. Who may win and
 * when a reason is needed are the domain's rules (lib/domain/award/award-choice.ts), checked on
 * the server against the evaluation.
 */
export const awardDecisionSchema = z.object({
  tenderId: idField,
  version: versionField,
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, { error: messageRef("validation.invalid") }),
  lotKey: z.string().max(64, { error: messageRef("validation.tooLong", { max: 64 }) }),
  /** "" for "no bid" (only when no bid is admissible). */
  winnerBidId: z
    .string({ error: messageRef("validation.award.winnerRequired") })
    .max(64, { error: messageRef("validation.tooLong", { max: 64 }) }),
  decidedOn: z
    .string({ error: messageRef("validation.award.decidedOnRequired") })
    .trim()
    .min(1, { error: messageRef("validation.award.decidedOnRequired") })
    .refine(isIsoDate, { error: messageRef("validation.dateInvalid") }),
  reason: z
    .string()
    .trim()
    .max(MAX_AWARD_REASON_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_AWARD_REASON_LENGTH }) }),
});
export type AwardDecisionInput = z.input<typeof awardDecisionSchema>;
