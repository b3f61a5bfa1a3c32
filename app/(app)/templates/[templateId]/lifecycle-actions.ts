"use server";
import { revalidatePath } from "next/cache";
import {
  deprecateTemplateSchema,
  publishTemplateSchema,
  startTemplateVersionSchema,
} from "@/lib/schemas/template-forms";
import { defineAction } from "@/lib/server/action";
import { deprecateTemplate } from "@/lib/server/templates/deprecate-template";
import { publishTemplate } from "@/lib/server/templates/publish-template";
import { startTemplateVersion } from "@/lib/server/templates/start-template-version";

// The catalogue shows published versions: its pages are refreshed with the builder's.
const refresh = ({ input }: { input: { templateId: string } }) => {
  revalidatePath(`/templates/${input.templateId}`, "layout");
  revalidatePath("/templates");
  revalidatePath("/catalogue", "layout");
};

/** Publishes the draft as the next numbered version; from then on it never changes. */
export const publishTemplateAction = defineAction(
  { schema: publishTemplateSchema, permission: "template.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const published = await publishTemplate(tx, viewer, input);
    audit({
      action: "template.published",
      entityType: "TenderTemplate",
      entityId: published.templateId,
      after: { number: published.number, changelog: input.changelog, lintWarnings: published.warnings },
    });
    return { number: published.number, slug: published.slug };
  },
);

/** Starts the next version as a draft copy of the last published one. */
export const startTemplateVersionAction = defineAction(
  { schema: startTemplateVersionSchema, permission: "template.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const started = await startTemplateVersion(tx, viewer, input);
    audit({
      action: "template.version_started",
      entityType: "TenderTemplate",
      entityId: started.templateId,
      after: { number: started.number, from: started.fromNumber },
    });
    return { number: started.number };
  },
);

/** Deprecates a published template, with a note and, optionally, its successor. */
export const deprecateTemplateAction = defineAction(
  { schema: deprecateTemplateSchema, permission: "template.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const deprecated = await deprecateTemplate(tx, viewer, input);
    audit({
      action: "template.deprecated",
      entityType: "TenderTemplate",
      entityId: deprecated.templateId,
      after: {
        note: input.note,
        successorId: deprecated.successor?.id ?? null,
        successor: deprecated.successor?.name ?? null,
      },
    });
    return { templateId: deprecated.templateId };
  },
);
