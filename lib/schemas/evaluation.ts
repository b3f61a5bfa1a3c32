import { z } from "zod";
import { MAX_RATIONALE_LENGTH, MAX_REOPEN_REASON_LENGTH } from "@/lib/domain/panel/consensus-rules";
import { MAX_CONFLICT_NOTE_LENGTH } from "@/lib/domain/panel/declaration";
import { MAX_THRESHOLD_PERCENT, MIN_THRESHOLD_PERCENT } from "@/lib/domain/panel/panel-composition";
import { MAX_JUSTIFICATION_LENGTH } from "@/lib/domain/panel/scoring-rules";
import { isIsoDate } from "@/lib/domain/tender/calendar-date";
import { messageRef } from "@/lib/i18n/message-ref";
import { idField, versionField } from "./fields";

/**
 * The evaluation's forms, shared by the pages (react-hook-form) and the server actions. What only
 * the server can check (a score on this tender's scale, members who hold the evaluator role, the
 * panel's state) is checked in lib/server/evaluation with the rules of lib/domain/panel.
 */

const yesNo = (message: string) =>
  z.enum(["true", "false"], { error: messageRef(message) }).transform((value) => value === "true");

/** Checkboxes arrive as an array, one value, or false/nothing when none is ticked. */
const idList = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === "string" && value !== "" ? [value] : []),
  z.array(idField),
);

/** "" for a record not saved yet, else the version the form was loaded with. */
const optionalVersion = z.preprocess(
  (value) => (value === "" || value === null ? null : value),
  versionField.nullable(),
);

const text = (max: number, requiredMessage: string) =>
  z
    .string({ error: messageRef(requiredMessage) })
    .trim()
    .min(1, { error: messageRef(requiredMessage) })
    .max(max, { error: messageRef("validation.tooLong", { max }) });

/** A whole score as typed or chosen; the tender's scale (0–5 or 0–10) is checked by the server. */
const scoreField = z
  .string({ error: messageRef("validation.evaluation.scoreRequired") })
  .regex(/^(10|[0-9])$/, { error: messageRef("validation.evaluation.scoreRequired") })
  .transform(Number);

export const panelSchema = z.object({
  tenderId: idField,
  /** "" when the tender has no panel yet. */
  panelId: z.string().max(64),
  version: versionField,
  chairUserId: z.string({ error: messageRef("validation.evaluation.chairRequired") }).max(64),
  evaluatorUserIds: idList,
  pricesHiddenUntilSubmitted: yesNo("validation.evaluation.choose"),
  blindMode: yesNo("validation.evaluation.choose"),
  disagreementThresholdPercent: z
    .string({ error: messageRef("validation.evaluation.thresholdInvalid") })
    .trim()
    .regex(/^\d{1,3}$/, { error: messageRef("validation.evaluation.thresholdInvalid") })
    .transform(Number)
    .refine((value) => value >= MIN_THRESHOLD_PERCENT && value <= MAX_THRESHOLD_PERCENT, {
      error: messageRef("validation.evaluation.thresholdInvalid"),
    }),
  /** YYYY-MM-DD from a date input, or "" for none. */
  scoringDeadline: z
    .string()
    .trim()
    .refine((value) => value === "" || isIsoDate(value), { error: messageRef("validation.evaluation.deadlineInvalid") })
    .transform((value) => (value === "" ? null : value)),
});
export type PanelInput = z.input<typeof panelSchema>;

export const signDeclarationSchema = z.object({
  tenderId: idField,
  version: versionField,
  agree: z.literal(["true", true], { error: messageRef("validation.evaluation.declarationAgree") }),
});

export const confirmNamesSchema = z.object({
  tenderId: idField,
  version: versionField,
  agree: z.literal(["true", true], { error: messageRef("validation.evaluation.namesAgree") }),
});

export const conflictSchema = z.object({
  tenderId: idField,
  version: versionField,
  bidId: z.string({ error: messageRef("validation.evaluation.conflictBidRequired") }).min(1, {
    error: messageRef("validation.evaluation.conflictBidRequired"),
  }),
  note: text(MAX_CONFLICT_NOTE_LENGTH, "validation.evaluation.conflictNoteRequired"),
});

export const scoreSchema = z.object({
  tenderId: idField,
  bidId: idField,
  criterionKey: idField,
  version: optionalVersion,
  score: scoreField,
  justification: text(MAX_JUSTIFICATION_LENGTH, "validation.evaluation.justificationRequired"),
});
export type ScoreInput = z.input<typeof scoreSchema>;
export type ScoreOutput = z.output<typeof scoreSchema>;

export const submitScoresSchema = z.object({
  tenderId: idField,
  version: versionField,
  confirm: z.literal(["true", true], { error: messageRef("validation.evaluation.submitConfirm") }),
});

export const reopenSchema = z.object({
  tenderId: idField,
  memberId: idField,
  version: versionField,
  reason: text(MAX_REOPEN_REASON_LENGTH, "validation.evaluation.reopenReasonRequired"),
});

export const consensusSchema = z.object({
  tenderId: idField,
  bidId: idField,
  criterionKey: idField,
  version: optionalVersion,
  score: scoreField,
  rationale: text(MAX_RATIONALE_LENGTH, "validation.evaluation.rationaleRequired"),
});
export type ConsensusInput = z.input<typeof consensusSchema>;
export type ConsensusOutput = z.output<typeof consensusSchema>;

export const completeConsensusSchema = z.object({
  tenderId: idField,
  version: versionField,
});
