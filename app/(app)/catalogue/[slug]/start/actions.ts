"use server";
import { revalidatePath } from "next/cache";
import { startTenderFromTemplateSchema } from "@/lib/schemas/template-reuse";
import { defineAction } from "@/lib/server/action";
import { startTenderFromTemplate } from "@/lib/server/templates/reuse/start-tender-from-template";

/**
 * Starts a tender from a template's latest published version, in the drafter's current
 * organisation. Audited as a new tender (`tender.created`, as any other) and as started from the
 * template (`tender.created_from_template`, with the template and version), so the template's
 * usage and the tender's origin can both be traced.
 */
export const startTenderFromTemplateAction = defineAction(
  { schema: startTenderFromTemplateSchema, permission: "tender.draft", after: () => revalidatePath("/tenders") },
  async ({ viewer, input, tx, audit }) => {
    const { tender, template } = await startTenderFromTemplate(tx, viewer, {
      slug: input.slug,
      version: input.templateVersion,
      title: input.title,
    });
    audit({
      action: "tender.created",
      entityType: "Tender",
      entityId: tender.id,
      after: { reference: tender.reference, title: tender.title },
    });
    audit({
      action: "tender.created_from_template",
      entityType: "Tender",
      entityId: tender.id,
      after: { templateId: template.id, templateVersion: template.version, reference: tender.reference },
    });
    return { tenderId: tender.id };
  },
);
