import "server-only";
import { templateMandatoryKeys } from "@/lib/domain/templates/reuse/prefill-tender";
import { readTemplateSections, takenVersion } from "@/lib/domain/templates/reuse/template-sections";
import { readTemplateContent } from "@/lib/domain/templates/read-template-content";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { tenderWhereForViewer } from "@/lib/server/tenders/tender-scope";

/**
 * The clauses the tender's template makes mandatory: those of the version its clauses section
 * was last taken from (the version it started from, until a newer one is taken over). Empty for a
 * tender not started from a template, or one the viewer may not see.
 */
export async function tenderTemplateMandatoryKeys(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
): Promise<Set<string>> {
  const row = await db.tender.findFirst({
    where: { AND: [{ id: tenderId }, tenderWhereForViewer(viewer)] },
    select: { templateSections: true, templateVersion: { select: { number: true, templateId: true } } },
  });
  if (!row?.templateVersion) return new Set();
  const number = takenVersion(readTemplateSections(row.templateSections), "clauses", row.templateVersion.number);
  const version = await db.templateVersion.findFirst({
    where: { templateId: row.templateVersion.templateId, number, publishedAt: { not: null } },
    select: { content: true },
  });
  return version ? templateMandatoryKeys(readTemplateContent(version.content)) : new Set();
}
