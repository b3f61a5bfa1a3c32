import "server-only";
import type { RenderedDocument } from "@/lib/domain/documents/document-model";
import { exportBaseName } from "@/lib/domain/documents/file-name";
import { can } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { exportTemplateVersion } from "@/lib/server/templates/export-template";
import type { ExportJobSource } from "./export-job-source";

/**
 * The exchange file (docs/templates.md) of the latest published version of every template of the
 * viewer's organisation that is published now (not the drafts, not the deprecated ones): for
 * those who manage the organisation's templates, as the templates page. The files are the same
 * as each template's own download; the ZIP spares downloading them one by one.
 */
export const organisationTemplates: ExportJobSource = {
  confidential: false,
  authorise: async (db, viewer, _tenderId, { forCreation }) => {
    if (!can(viewer.roles, "template.manage")) throw new AppError("NOT_FOUND");
    if (forCreation && (await publishedTemplates(db, viewer)).length === 0) {
      throw new AppError("INVALID_STATE", "errors.exportJobs.noPublishedTemplates");
    }
    return { reference: "", title: viewer.organisation.name, backHref: "/templates" };
  },
  write: async (db, viewer, { origin }, onFileWritten) => {
    const templates = await publishedTemplates(db, viewer);
    if (templates.length === 0) throw new AppError("INVALID_STATE", "errors.exportJobs.noPublishedTemplates");
    const files: RenderedDocument[] = [];
    for (const { slug } of templates) {
      const { file, fileName } = await exportTemplateVersion(db, { slug }, origin.replace(/\/+$/, ""));
      files.push({
        bytes: new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`),
        mediaType: "application/json; charset=utf-8",
        fileName,
      });
      await onFileWritten(files.length, templates.length);
    }
    return { baseName: exportBaseName("", viewer.organisation.name), files };
  },
};

function publishedTemplates(db: DbClient, viewer: Viewer) {
  return db.tenderTemplate.findMany({
    where: { organisationId: viewer.organisation.id, status: "PUBLISHED", versions: { some: { publishedAt: { not: null } } } }, // prettier-ignore
    select: { slug: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
