"use server";
import { revalidatePath } from "next/cache";
import { createTemplateSchema, importTemplateSchema } from "@/lib/schemas/template-forms";
import { defineAction } from "@/lib/server/action";
import { toAuditJson } from "@/lib/server/audit/record-audit-event";
import { createTemplate } from "@/lib/server/templates/create-template";
import { importTemplate } from "@/lib/server/templates/import-template";

const refresh = () => revalidatePath("/templates", "layout");

/** "Create a template": a DRAFT of the organisation with an empty version 1. */
export const createTemplateAction = defineAction(
  { schema: createTemplateSchema, permission: "template.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const created = await createTemplate(tx, viewer, input);
    audit({
      action: "template.created",
      entityType: "TenderTemplate",
      entityId: created.id,
      after: { name: input.name, language: input.language, category: input.category, licence: input.licence },
    });
    return { templateId: created.id };
  },
);

/**
 * "Import a template": an exchange file, all or nothing. A refused file is an answer, not a
 * failure: its problems come back as data and nothing is created, which is why the wrapper's
 * "an audited action records an event" check is off; an import that creates a template records
 * `template.imported` in the same transaction.
 */
export const importTemplateAction = defineAction(
  { schema: importTemplateSchema, permission: "template.manage", audited: false, after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const outcome = await importTemplate(tx, viewer, input.content);
    if (!outcome.ok) return outcome;
    audit({
      action: "template.imported",
      entityType: "TenderTemplate",
      entityId: outcome.templateId,
      after: toAuditJson({ name: outcome.name, origin: outcome.origin }),
    });
    return { ok: true as const, templateId: outcome.templateId };
  },
);
