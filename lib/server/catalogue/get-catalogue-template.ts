import "server-only";
import { readTemplateContent } from "@/lib/domain/templates/read-template-content";
import type { TemplateContent, TemplateOrigin } from "@/lib/domain/templates/template-content";
import type { DbClient } from "@/lib/server/db";

export type CatalogueTemplateLink = { slug: string; name: string; language: string };

export type CatalogueVersionSummary = { number: number; name: string; changelog: string; publishedAt: Date };

/** A template as its public page shows it: one published version, its publisher and its links. */
export type CatalogueTemplate = {
  id: string;
  slug: string;
  language: string;
  status: "PUBLISHED" | "DEPRECATED";
  publisher: { id: string; name: string; country: string };
  origin: TemplateOrigin | null;
  successor: CatalogueTemplateLink | null;
  deprecationNote: string;
  deprecatedAt: Date | null;
  /** The original and the other translations of the same template, in any case not this one. */
  translations: (CatalogueTemplateLink & { isOriginal: boolean })[];
  /** Tenders started from any of its versions. */
  usageCount: number;
  /** Every published version, newest first. */
  versions: CatalogueVersionSummary[];
  /** The version shown: the latest published one unless another was asked for. */
  version: CatalogueVersionSummary & { content: TemplateContent; licence: string; isLatest: boolean };
};

const LISTED = ["PUBLISHED", "DEPRECATED"] as const;
const linkSelect = { slug: true, name: true, language: true, status: true } as const;

/**
 * The public view of the template at /catalogue/<slug>, at its latest published version or at
 * version `number`; null when there is no such published template or version (a draft that was
 * never published is not found, as if it did not exist).
 */
export async function getCatalogueTemplate(
  db: DbClient,
  slug: string,
  number?: number,
): Promise<CatalogueTemplate | null> {
  const row = await db.tenderTemplate.findUnique({
    where: { slug },
    include: {
      organisation: { select: { id: true, name: true, country: true } },
      successor: { select: linkSelect },
      translationOf: { select: { ...linkSelect, translations: { select: { ...linkSelect, id: true } } } },
      translations: { select: { ...linkSelect, id: true } },
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { number: "desc" },
        select: { number: true, name: true, changelog: true, publishedAt: true },
      },
    },
  });
  if (!row || !isListed(row.status) || row.versions.length === 0) return null;
  const shown = number === undefined ? row.versions[0] : row.versions.find((version) => version.number === number);
  if (!shown) return null;
  const [stored, usageCount] = await Promise.all([
    db.templateVersion.findUniqueOrThrow({
      where: { templateId_number: { templateId: row.id, number: shown.number } },
      select: { content: true, licence: true },
    }),
    db.tender.count({ where: { templateVersion: { templateId: row.id } } }),
  ]);
  const original = row.translationOf;
  const related = original
    ? [{ ...original, isOriginal: true }, ...original.translations.map((t) => ({ ...t, isOriginal: false }))]
    : row.translations.map((t) => ({ ...t, isOriginal: false }));
  return {
    id: row.id,
    slug: row.slug,
    language: row.language,
    status: row.status as CatalogueTemplate["status"],
    publisher: row.organisation,
    origin: readOrigin(row.origin),
    successor: row.successor && isListed(row.successor.status) ? link(row.successor) : null,
    deprecationNote: row.deprecationNote,
    deprecatedAt: row.deprecatedAt,
    translations: related
      .filter((candidate) => candidate.slug !== row.slug && isListed(candidate.status))
      .map((candidate) => ({ ...link(candidate), isOriginal: candidate.isOriginal })),
    usageCount,
    versions: row.versions.map(summary),
    version: {
      ...summary(shown),
      content: readTemplateContent(stored.content),
      licence: stored.licence,
      isLatest: shown.number === row.versions[0]!.number,
    },
  };
}

function isListed(status: string): boolean {
  return (LISTED as readonly string[]).includes(status);
}

function link(row: { slug: string; name: string; language: string }): CatalogueTemplateLink {
  return { slug: row.slug, name: row.name, language: row.language };
}

function summary(row: { number: number; name: string; changelog: string; publishedAt: Date | null }) {
  return { number: row.number, name: row.name, changelog: row.changelog, publishedAt: row.publishedAt! };
}

/** Origin of an imported template; anything not in its shape is treated as no origin. */
function readOrigin(stored: unknown): TemplateOrigin | null {
  if (!stored || typeof stored !== "object") return null;
  const origin = stored as Partial<TemplateOrigin>;
  return typeof origin.publisher === "string" && typeof origin.templateId === "string"
    ? (origin as TemplateOrigin)
    : null;
}
