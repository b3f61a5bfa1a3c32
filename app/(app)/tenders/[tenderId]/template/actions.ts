"use server";
import { revalidatePath } from "next/cache";
import { takeOverTemplateSectionSchema } from "@/lib/schemas/template-reuse";
import { defineAction } from "@/lib/server/action";
import { toAuditJson } from "@/lib/server/audit/record-audit-event";
import { takeOverTemplateSection } from "@/lib/server/templates/reuse/take-over-template-section";
import { sectionSaved } from "@/lib/server/tenders/section-saved-event";

/**
 * Takes one section of the template's latest version over into the tender. Audited as
 * `tender.template_section_taken_over`: the section's fields that changed (as a section save
 * records them), the template and the versions from and to, and any clause value that could not
 * be kept.
 */
export const takeOverTemplateSectionAction = defineAction(
  {
    schema: takeOverTemplateSectionSchema,
    permission: "tender.draft",
    after: ({ input }) => revalidatePath(`/tenders/${input.tenderId}`, "layout"),
  },
  async ({ viewer, input, tx, audit }) => {
    const { before, after, templateId, change, droppedValues } = await takeOverTemplateSection(tx, viewer, input);
    const saved = sectionSaved(input.section, before, after);
    audit({
      ...saved,
      action: "tender.template_section_taken_over",
      before: toAuditJson({ ...(saved.before as object), templateVersion: change.fromVersion }),
      after: toAuditJson({ ...(saved.after as object), templateId, templateVersion: change.toVersion, droppedValues }),
    });
    return { version: after.version, section: input.section, droppedValues };
  },
);
