import "server-only";
import { changedSections, diffTemplateVersions } from "@/lib/domain/templates/template-diff";
import type { TemplateContent } from "@/lib/domain/templates/template-content";
import type { TemplateSection } from "@/lib/domain/templates/template-sections";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import type { TemplateDto } from "./template-dto";
import { lockTemplate } from "./template-lock";
import { ensureTemplateNameFree } from "./template-name";
import { versionColumns } from "./version-columns";

export type DraftState = { name: string; language: string; content: TemplateContent };

/**
 * Saves one section of the draft: takes the lock, refuses once the template is deprecated or has
 * no draft, applies the section's change to the draft as stored now, and writes the draft
 * version (the database refuses any write to a published one). Returns what the audit event
 * needs: the sections and settings that changed.
 */
export async function saveTemplateDraft(
  tx: DbTransaction,
  viewer: Viewer,
  input: { templateId: string; version: number; section: TemplateSection },
  change: (draft: DraftState, template: TemplateDto) => DraftState,
) {
  const { template, version } = await lockTemplate(tx, viewer, input, "editDraft");
  const draft = template.draft!;
  const before: DraftState = { name: template.name, language: template.language, content: draft.content };
  const after = change(structuredClone(before), template);
  if (after.name !== before.name) await ensureTemplateNameFree(tx, viewer.organisation.id, after.name, template.id);
  await tx.templateVersion.update({ where: { id: draft.id }, data: versionColumns(after.name, after.content) });
  await tx.tenderTemplate.update({ where: { id: template.id }, data: { name: after.name, language: after.language } });
  const changed = [
    ...(after.name !== before.name ? ["name"] : []),
    ...(after.language !== before.language ? ["language"] : []),
    ...changedSections(diffTemplateVersions(before.content, after.content)),
  ];
  return { templateId: template.id, number: draft.number, version, changed };
}
