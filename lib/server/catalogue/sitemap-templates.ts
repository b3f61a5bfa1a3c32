import "server-only";
import type { DbClient } from "@/lib/server/db";

/** Every template with a public page, with the date its latest version was published (for the sitemap). */
export async function listSitemapTemplates(db: DbClient): Promise<{ slug: string; lastPublishedAt: Date }[]> {
  const rows = await db.templateVersion.groupBy({
    by: ["templateId"],
    where: { publishedAt: { not: null }, template: { status: { in: ["PUBLISHED", "DEPRECATED"] } } },
    _max: { publishedAt: true },
  });
  const slugs = new Map(
    (
      await db.tenderTemplate.findMany({
        where: { id: { in: rows.map((row) => row.templateId) } },
        select: { id: true, slug: true },
      })
    ).map((template) => [template.id, template.slug]),
  );
  return rows
    .flatMap((row) => {
      const slug = slugs.get(row.templateId);
      return slug && row._max.publishedAt ? [{ slug, lastPublishedAt: row._max.publishedAt }] : [];
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}
