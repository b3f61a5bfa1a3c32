import type { MetadataRoute } from "next";
import { listSitemapTemplates } from "@/lib/server/catalogue/sitemap-templates";
import { getDb } from "@/lib/server/db";
import { publicBaseUrl } from "@/lib/server/public-url";

// Read from the database on each request, never at build time (the build has no database).
export const dynamic = "force-dynamic";

/** The pages anyone can read: the landing page, the catalogue and every template's page and history. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [base, templates] = await Promise.all([publicBaseUrl(), listSitemapTemplates(getDb())]);
  return [
    { url: `${base}/`, changeFrequency: "monthly", priority: 0.5 },
    { url: `${base}/catalogue`, changeFrequency: "daily", priority: 1 },
    { url: `${base}/accessibility`, changeFrequency: "yearly", priority: 0.1 },
    ...templates.flatMap(({ slug, lastPublishedAt }) => [
      {
        url: `${base}/catalogue/${slug}`,
        lastModified: lastPublishedAt,
        changeFrequency: "weekly" as const,
        priority: 0.8,
      },
      { url: `${base}/catalogue/${slug}/versions`, lastModified: lastPublishedAt, priority: 0.3 },
    ]),
  ];
}
