import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { messageRef } from "@/lib/i18n/message-ref";
import { idField } from "./fields";
import { templateBase, templateNameField } from "./template-forms";

/** "This template is a translation of …": one of the organisation's other templates. */
export const linkTranslationSchema = z.object({
  ...templateBase,
  originalId: z
    .string({ error: messageRef("templates.translations.validation.originalRequired") })
    .trim()
    .min(1, { error: messageRef("templates.translations.validation.originalRequired") })
    .max(64, { error: messageRef("templates.translations.validation.originalRequired") }),
});
export type LinkTranslationInput = z.input<typeof linkTranslationSchema>;

/** "Remove the link": the template stands on its own again. */
export const unlinkTranslationSchema = z.object(templateBase);

/**
 * "Start a translation": the new template's name and language; it copies the template it is
 * started from, which does not change (so no version: nothing of it is overwritten).
 */
export const startTranslationSchema = z.object({
  templateId: idField,
  name: templateNameField,
  language: z.enum(LOCALES, { error: messageRef("templates.translations.validation.languageRequired") }),
});
export type StartTranslationInput = z.input<typeof startTranslationSchema>;
