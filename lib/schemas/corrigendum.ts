import { z } from "zod";
import { messageRef } from "@/lib/i18n/message-ref";

/**
 * A section's schema for a published tender, where every save is a corrigendum: the same checks,
 * plus a reason that is not blank. The section schemas keep the reason optional because drafts
 * have none; the server refuses a corrigendum without one with the same message
 * (saveTenderSection), this lets the form say so before sending. Every problem is reported at
 * once, the reason's included, even when other fields are wrong.
 *
 * The result is meant for the form's resolver, which sends the raw values on: its output is the
 * input unchanged, not the section schema's output.
 */
export function requiringCorrigendumReason<Schema extends z.ZodType>(schema: Schema): Schema {
  const wrapped = z.unknown().superRefine(async (value, context) => {
    const parsed = await schema.safeParseAsync(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        context.addIssue({ code: "custom", path: issue.path, message: issue.message });
      }
    }
    const reason = (value as { corrigendumReason?: unknown } | null)?.corrigendumReason;
    if (typeof reason !== "string" || reason.trim() === "") {
      context.addIssue({
        code: "custom",
        path: ["corrigendumReason"],
        message: messageRef("validation.corrigendumReasonRequired"),
      });
    }
  });
  return wrapped as unknown as Schema;
}
