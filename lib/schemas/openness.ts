import { z } from "zod";
import { messageRef } from "@/lib/i18n/message-ref";
import { idField, versionField } from "./fields";

export const MAX_LINT_JUSTIFICATION_LENGTH = 2_000;

/**
 * Applying a finding's one-click fix: the finding (by its key) and the exact fix the page showed,
 * from the version it showed. The server lints the saved tender again and applies the fix only
 * if the linter still proposes exactly this one.
 */
export const applyLintFixSchema = z.object({
  tenderId: idField,
  version: versionField,
  key: z.string().min(1).max(1_000),
  field: z.string().min(1).max(300),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  replacement: z.string().max(200),
});
export type ApplyLintFixInput = z.infer<typeof applyLintFixSchema>;

/** Setting a warning aside: always with a written justification, kept and audited. */
export const dismissLintWarningSchema = z.object({
  tenderId: idField,
  version: versionField,
  key: z.string().min(1).max(1_000),
  justification: z
    .string({ error: messageRef("validation.lintJustificationRequired") })
    .trim()
    .min(1, { error: messageRef("validation.lintJustificationRequired") })
    .max(MAX_LINT_JUSTIFICATION_LENGTH, {
      error: messageRef("validation.tooLong", { max: MAX_LINT_JUSTIFICATION_LENGTH }),
    }),
});
export type DismissLintWarningInput = z.infer<typeof dismissLintWarningSchema>;
