import { z } from "zod";
import { TEMPLATE_SECTIONS } from "@/lib/domain/templates/reuse/template-sections";
import { messageRef } from "@/lib/i18n/message-ref";
import { idField, versionField } from "./fields";
import { titleField } from "./tender";

/** The published version the page showed: a newer one published meanwhile is refused, not used. */
const templateVersionField = z.coerce
  .number({ error: messageRef("validation.required") })
  .int()
  .min(1);

/** "Start a tender from this template": the template, the version shown, the tender's title. */
export const startTenderFromTemplateSchema = z.object({
  slug: z.string().trim().min(1).max(200),
  templateVersion: templateVersionField,
  title: titleField,
});
export type StartTenderFromTemplateInput = z.input<typeof startTenderFromTemplateSchema>;

/** "Take over this section": the tender as the page read it, and the template version shown. */
export const takeOverTemplateSectionSchema = z.object({
  tenderId: idField,
  version: versionField,
  section: z.enum(TEMPLATE_SECTIONS, { error: messageRef("validation.invalid") }),
  templateVersion: templateVersionField,
});
export type TakeOverTemplateSectionInput = z.input<typeof takeOverTemplateSectionSchema>;
