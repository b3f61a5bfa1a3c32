"use server";
import { revalidatePath } from "next/cache";
import {
  linkTranslationSchema,
  startTranslationSchema,
  unlinkTranslationSchema,
} from "@/lib/schemas/template-translations";
import { defineAction } from "@/lib/server/action";
import { linkTranslation, unlinkTranslation } from "@/lib/server/templates/translations/link-translation";
import { startTranslation } from "@/lib/server/templates/translations/start-translation";

// Links show on the builder's pages and on the catalogue pages of every template of the group.
const refresh = () => {
  revalidatePath("/templates", "layout");
  revalidatePath("/catalogue", "layout");
};

/** Declares the template a translation of another template of the organisation. */
export const linkTranslationAction = defineAction(
  { schema: linkTranslationSchema, permission: "template.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const linked = await linkTranslation(tx, viewer, input);
    audit({
      action: "template.translation_linked",
      entityType: "TenderTemplate",
      entityId: linked.templateId,
      before: { translationOfId: linked.previous?.id ?? null, translationOf: linked.previous?.name ?? null },
      after: { translationOfId: linked.original.id, translationOf: linked.original.name },
    });
    return { version: linked.version };
  },
);

/** Removes the link: the template is no longer presented as a translation. */
export const unlinkTranslationAction = defineAction(
  { schema: unlinkTranslationSchema, permission: "template.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const unlinked = await unlinkTranslation(tx, viewer, input);
    audit({
      action: "template.translation_unlinked",
      entityType: "TenderTemplate",
      entityId: unlinked.templateId,
      before: { translationOfId: unlinked.previous.id, translationOf: unlinked.previous.name },
      after: { translationOfId: null },
    });
    return { version: unlinked.version };
  },
);

/** Starts a translation: a new draft template in another language, a copy to translate. */
export const startTranslationAction = defineAction(
  { schema: startTranslationSchema, permission: "template.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const started = await startTranslation(tx, viewer, input);
    audit({
      action: "template.translation_started",
      entityType: "TenderTemplate",
      entityId: started.templateId,
      after: {
        name: input.name,
        language: input.language,
        translationOfId: started.original.id,
        translationOf: started.original.name,
        copiedFromTemplateId: started.copiedFrom.templateId,
        copiedFromVersion: started.copiedFrom.version,
        copiedFromPublished: started.copiedFrom.published,
      },
    });
    return { templateId: started.templateId };
  },
);
