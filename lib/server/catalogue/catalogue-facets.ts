import "server-only";
import type { DbClient } from "@/lib/server/db";

export type CatalogueFacets = {
  /** Authorities with at least one template in the catalogue, by name. */
  publishers: { id: string; name: string; country: string }[];
  /** Their countries (ISO 3166-1 alpha-2), sorted. */
  countries: string[];
  /** Languages templates are written in, sorted. */
  languages: string[];
};

const LISTED = { in: ["PUBLISHED", "DEPRECATED"] as ("PUBLISHED" | "DEPRECATED")[] };

/** The choices the catalogue's filters offer: only values that can find something. */
export async function getCatalogueFacets(db: DbClient): Promise<CatalogueFacets> {
  const [publishers, languages] = await Promise.all([
    db.organisation.findMany({
      where: { templates: { some: { status: LISTED } } },
      select: { id: true, name: true, country: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    db.tenderTemplate.groupBy({ by: ["language"], where: { status: LISTED }, orderBy: { language: "asc" } }),
  ]);
  return {
    publishers,
    countries: [...new Set(publishers.map((publisher) => publisher.country))].sort(),
    languages: languages.map((row) => row.language),
  };
}
