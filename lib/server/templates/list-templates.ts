import "server-only";
import type { TemplateStatus } from "@/lib/domain/templates/lifecycle";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";

export type TemplateListItem = {
  id: string;
  slug: string;
  name: string;
  language: string;
  status: TemplateStatus;
  latestPublished: { number: number; publishedAt: Date } | null;
  /** The number of the draft in progress, if any. */
  draftNumber: number | null;
  imported: boolean;
  updatedAt: Date;
};

/** The organisation's templates, most recently changed first. */
export async function listOrganisationTemplates(db: DbClient, viewer: Viewer): Promise<TemplateListItem[]> {
  const rows = await db.tenderTemplate.findMany({
    where: { organisationId: viewer.organisation.id },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      language: true,
      status: true,
      origin: true,
      updatedAt: true,
      versions: { select: { number: true, publishedAt: true }, orderBy: { number: "desc" } },
    },
  });
  return rows.map((row) => {
    const latest = row.versions.find((version) => version.publishedAt !== null);
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      language: row.language,
      status: row.status,
      latestPublished: latest ? { number: latest.number, publishedAt: latest.publishedAt! } : null,
      draftNumber: row.versions.find((version) => version.publishedAt === null)?.number ?? null,
      imported: row.origin !== null,
      updatedAt: row.updatedAt,
    };
  });
}
