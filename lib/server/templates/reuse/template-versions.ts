import "server-only";
import { readTemplateContent } from "@/lib/domain/templates/read-template-content";
import type { TemplateContent } from "@/lib/domain/templates/template-content";
import type { TemplateStatus } from "@/lib/generated/prisma/enums";
import type { DbClient } from "@/lib/server/db";

/** A published version of a template, as reuse reads it. Published versions never change. */
export type PublishedTemplateVersion = {
  id: string;
  number: number;
  name: string;
  changelog: string;
  publishedAt: Date;
  content: TemplateContent;
};

/** A template as the start page and the tender's notice show it. */
export type ReusableTemplate = {
  id: string;
  slug: string;
  name: string;
  language: string;
  status: TemplateStatus;
  publisherName: string;
  deprecationNote: string;
  successor: { slug: string; name: string } | null;
  /** The latest published version; null while the template has none. */
  latest: PublishedTemplateVersion | null;
};

const VERSION_SELECT = {
  id: true,
  number: true,
  name: true,
  changelog: true,
  publishedAt: true,
  content: true,
} as const;

type VersionRow = {
  id: string;
  number: number;
  name: string;
  changelog: string;
  publishedAt: Date | null;
  content: unknown;
};

function toPublishedVersion(row: VersionRow): PublishedTemplateVersion {
  return { ...row, publishedAt: row.publishedAt!, content: readTemplateContent(row.content) };
}

/**
 * A template by its public address, with its latest published version. Templates are open
 * commons: any signed-in member of any organisation may start from one, so this is not scoped to
 * the viewer's organisation. A template never published is not found.
 */
export async function findReusableTemplate(db: DbClient, slug: string): Promise<ReusableTemplate | null> {
  const row = await db.tenderTemplate.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      language: true,
      status: true,
      deprecationNote: true,
      organisation: { select: { name: true } },
      successor: { select: { slug: true, name: true } },
      versions: { where: { publishedAt: { not: null } }, orderBy: { number: "desc" }, take: 1, select: VERSION_SELECT },
    },
  });
  if (!row || row.versions.length === 0) return null;
  const { organisation, versions, ...template } = row;
  return { ...template, publisherName: organisation.name, latest: toPublishedVersion(versions[0]!) };
}

export async function latestPublishedVersion(
  db: DbClient,
  templateId: string,
): Promise<PublishedTemplateVersion | null> {
  const row = await db.templateVersion.findFirst({
    where: { templateId, publishedAt: { not: null } },
    orderBy: { number: "desc" },
    select: VERSION_SELECT,
  });
  return row ? toPublishedVersion(row) : null;
}

/** The published versions of a template with these numbers, by number. */
export async function publishedVersions(
  db: DbClient,
  templateId: string,
  numbers: Iterable<number>,
): Promise<Map<number, PublishedTemplateVersion>> {
  const rows = await db.templateVersion.findMany({
    where: { templateId, number: { in: [...new Set(numbers)] }, publishedAt: { not: null } },
    select: VERSION_SELECT,
  });
  return new Map(rows.map((row) => [row.number, toPublishedVersion(row)]));
}

/** What changed in each published version after `afterNumber`, oldest first. */
export async function changelogsAfter(
  db: DbClient,
  templateId: string,
  afterNumber: number,
): Promise<{ number: number; changelog: string; publishedAt: Date }[]> {
  const rows = await db.templateVersion.findMany({
    where: { templateId, number: { gt: afterNumber }, publishedAt: { not: null } },
    orderBy: { number: "asc" },
    select: { number: true, changelog: true, publishedAt: true },
  });
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}
