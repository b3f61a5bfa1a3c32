import "server-only";
import type { ContractNature, ProcedureType } from "@/lib/domain/tender/tender-enums";
import type { TemplateCategory } from "@/lib/domain/templates/template-content";
import { Prisma } from "@/lib/generated/prisma/client";
import { CATALOGUE_PAGE_SIZE, type CatalogueQuery } from "@/lib/schemas/catalogue-query";
import type { DbClient } from "@/lib/server/db";

/** One template in the catalogue's list: its latest published version and who published it. */
export type CatalogueListItem = {
  id: string;
  slug: string;
  language: string;
  status: "PUBLISHED" | "DEPRECATED";
  versionNumber: number;
  name: string;
  summary: string;
  category: TemplateCategory;
  contractNature: ContractNature | null;
  cpvPrefixes: string[];
  procedureTypes: ProcedureType[];
  licence: string;
  publishedAt: Date;
  publisherName: string;
  country: string;
  /** Tenders started from any version of the template. */
  usageCount: number;
  successor: { slug: string; name: string } | null;
};

export type CatalogueSearchResult = { items: CatalogueListItem[]; total: number; pageCount: number };

type Row = Omit<CatalogueListItem, "successor" | "usageCount"> & {
  usageCount: number;
  successorSlug: string | null;
  successorName: string | null;
  total: bigint;
};

/**
 * One page of the public catalogue: every template whose status is PUBLISHED (and DEPRECATED ones
 * when asked), each with its latest published version; drafts never appear. The words are
 * searched in the English, French and German full-text index of the version (one tsquery per
 * language, any of them may match, so "logiciels" finds "logiciel" and "Entwicklungen" finds
 * "Entwicklung" whatever the template's language), ranked by ts_rank when sorting by relevance.
 * Filters apply to the latest version's columns and the template's publisher. Parameterised SQL
 * only: every value goes through Prisma.sql placeholders.
 *
 * Two steps in one statement, for speed (docs/benchmarks.md): the page is chosen on narrow rows
 * (ids and sort keys, with the count of all matches), then only its rows are read in full, with
 * their usage counts and successors.
 */
export async function searchCatalogue(db: DbClient, query: CatalogueQuery): Promise<CatalogueSearchResult> {
  const tsquery = Prisma.sql`(websearch_to_tsquery('english', ${query.q}) || websearch_to_tsquery('french', ${query.q}) || websearch_to_tsquery('german', ${query.q}))`;
  const where = whereClause(query, tsquery);
  const offset = (query.page - 1) * CATALOGUE_PAGE_SIZE;
  const statement = Prisma.sql`
    WITH page AS (
      SELECT v."id" AS "versionId", ${firstSortKey(query, tsquery)} AS "k0", v."publishedAt" AS "k1", t."id" AS "k2",
        count(*) OVER () AS "total"
      FROM "TemplateVersion" v
      JOIN "TenderTemplate" t ON t."id" = v."templateId"
      JOIN "Organisation" o ON o."id" = t."organisationId"
      ${query.sort === "used" ? Prisma.sql`LEFT JOIN (${USAGE_BY_TEMPLATE}) u ON u."templateId" = t."id"` : Prisma.empty}
      WHERE ${where}
      ORDER BY "k0" DESC, "k1" DESC, "k2" DESC
      LIMIT ${CATALOGUE_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT t."id", t."slug", t."language", t."status"::text AS "status",
      v."number" AS "versionNumber", v."name", v."summary", v."category", v."contractNature"::text AS "contractNature",
      v."cpvPrefixes", v."procedureTypes"::text[] AS "procedureTypes", v."licence", v."publishedAt",
      o."name" AS "publisherName", o."country",
      (SELECT count(*) FROM "Tender" tn JOIN "TemplateVersion" tv ON tv."id" = tn."templateVersionId"
        WHERE tv."templateId" = t."id")::int AS "usageCount",
      s."slug" AS "successorSlug", s."name" AS "successorName",
      page."total"
    FROM page
    JOIN "TemplateVersion" v ON v."id" = page."versionId"
    JOIN "TenderTemplate" t ON t."id" = v."templateId"
    JOIN "Organisation" o ON o."id" = t."organisationId"
    LEFT JOIN "TenderTemplate" s ON s."id" = t."successorId" AND s."status" <> 'DRAFT'
    ORDER BY page."k0" DESC, page."k1" DESC, page."k2" DESC`;
  const rows = query.q
    ? await throughTheSearchIndex(db, (client) => client.$queryRaw<Row[]>(statement))
    : await db.$queryRaw<Row[]>(statement);
  // Past the last page there is no row to carry the total: count it on its own.
  const total = rows[0] ? Number(rows[0].total) : offset > 0 ? await countCatalogue(db, where) : 0;
  return {
    items: rows.map(({ successorSlug, successorName, total: _total, ...row }) => ({
      ...row,
      successor: successorSlug ? { slug: successorSlug, name: successorName ?? successorSlug } : null,
    })),
    total,
    pageCount: Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE)),
  };
}

const USAGE_BY_TEMPLATE = Prisma.sql`
  SELECT tv."templateId", count(*) AS "tenders"
  FROM "Tender" tn JOIN "TemplateVersion" tv ON tv."id" = tn."templateVersionId"
  GROUP BY tv."templateId"`;

/**
 * Runs a search so that PostgreSQL finds the matches through the GIN index. A common word matches
 * most templates, and the planner then prefers reading the whole table, not knowing that checking
 * each row means unpacking a search vector of several kilobytes: 50 times slower than the index
 * with 5,000 templates (docs/benchmarks.md). Turning sequential scans off for this one
 * transaction leaves the planner the index.
 */
async function throughTheSearchIndex<T>(db: DbClient, run: (client: DbClient) => Promise<T>): Promise<T> {
  const inTransaction = async (tx: DbClient) => {
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    return run(tx);
  };
  // A client opens its own transaction; inside one already (a test's, say), SET LOCAL applies to it.
  return "$transaction" in db ? db.$transaction((tx) => inTransaction(tx)) : inTransaction(db);
}

async function countCatalogue(db: DbClient, where: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS "total"
    FROM "TemplateVersion" v
    JOIN "TenderTemplate" t ON t."id" = v."templateId"
    JOIN "Organisation" o ON o."id" = t."organisationId"
    WHERE ${where}`;
  return Number(row?.total ?? 0);
}

function whereClause(query: CatalogueQuery, tsquery: Prisma.Sql): Prisma.Sql {
  const conditions: Prisma.Sql[] = [
    Prisma.sql`v."publishedAt" IS NOT NULL`,
    // The latest published version of its template: no later published one exists.
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "TemplateVersion" newer WHERE newer."templateId" = v."templateId"
      AND newer."publishedAt" IS NOT NULL AND newer."number" > v."number")`,
    query.deprecated ? Prisma.sql`t."status" IN ('PUBLISHED', 'DEPRECATED')` : Prisma.sql`t."status" = 'PUBLISHED'`,
  ];
  if (query.q) conditions.push(Prisma.sql`v."searchVector" @@ ${tsquery}`);
  if (query.category) conditions.push(Prisma.sql`v."category" = ${query.category}`);
  if (query.procedure) {
    conditions.push(Prisma.sql`${query.procedure}::"ProcedureType" = ANY (v."procedureTypes")`);
  }
  if (query.cpvPrefix) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(v."cpvPrefixes") AS prefix
      WHERE starts_with(${query.cpvPrefix}, prefix) OR starts_with(prefix, ${query.cpvPrefix}))`);
  } else if (query.cpv) {
    // Typed, but not a code: nothing can match, and the page says why.
    conditions.push(Prisma.sql`false`);
  }
  if (query.language) conditions.push(Prisma.sql`t."language" = ${query.language}`);
  if (query.publisher) conditions.push(Prisma.sql`t."organisationId" = ${query.publisher}`);
  if (query.country) conditions.push(Prisma.sql`o."country" = ${query.country}`);
  return Prisma.join(conditions, " AND ");
}

/** The first sort key: relevance, or use, or a constant when sorting by date alone. */
function firstSortKey(query: CatalogueQuery, tsquery: Prisma.Sql): Prisma.Sql {
  if (query.sort === "used") return Prisma.sql`coalesce(u."tenders", 0)`;
  if (query.sort === "relevance" && query.q) return Prisma.sql`ts_rank(v."searchVector", ${tsquery})`;
  return Prisma.sql`0`;
}
