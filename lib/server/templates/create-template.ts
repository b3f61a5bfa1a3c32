import "server-only";
import { emptyTemplateContent } from "@/lib/domain/templates/read-template-content";
import type { TemplateCategory, TemplateLicence } from "@/lib/domain/templates/template-content";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { ensureTemplateNameFree, freeSlug } from "./template-name";
import { versionColumns } from "./version-columns";

export type NewTemplate = { name: string; language: string; category: TemplateCategory; licence: TemplateLicence };

/** A new template of the viewer's organisation, as a DRAFT with an empty version 1 to build. */
export async function createTemplate(tx: DbTransaction, viewer: Viewer, input: NewTemplate) {
  await ensureTemplateNameFree(tx, viewer.organisation.id, input.name);
  const content = emptyTemplateContent({ licence: input.licence });
  content.intendedUse.category = input.category;
  const template = await tx.tenderTemplate.create({
    data: {
      organisationId: viewer.organisation.id,
      slug: await freeSlug(tx, input.name),
      name: input.name,
      language: input.language,
      createdById: viewer.userId,
      versions: { create: { number: 1, ...versionColumns(input.name, content) } },
    },
    select: { id: true, slug: true },
  });
  return template;
}
