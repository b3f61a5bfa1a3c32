import "server-only";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import type { ChosenClause } from "@/lib/domain/clauses/clause-updates";
import type { DbClient } from "@/lib/server/db";

/** A clause of the library as the pages see it: its current version's definition and its state. */
export type LibraryClause = {
  id: string;
  key: string;
  /** The current version's definition (the domain's Clause, with `version` = currentVersion). */
  clause: Clause;
  retiredAt: Date | null;
  retiredReason: string;
  /** Optimistic lock of the library editor. */
  lockVersion: number;
  updatedAt: Date;
};

/**
 * The library: every clause at its current version, in document order of the domain (category,
 * then key). Retired clauses only when asked, e.g. for the library editor.
 */
export async function listLibraryClauses(
  db: DbClient,
  options: { includeRetired?: boolean } = {},
): Promise<LibraryClause[]> {
  const rows = await db.clause.findMany({
    where: options.includeRetired ? {} : { retiredAt: null },
    orderBy: [{ category: "asc" }, { key: "asc" }],
    include: { versions: true },
  });
  return rows.flatMap((row) => {
    const current = row.versions.find((version) => version.version === row.currentVersion);
    if (!current) return [];
    return [
      {
        id: row.id,
        key: row.key,
        clause: current.definition as unknown as Clause,
        retiredAt: row.retiredAt,
        retiredReason: row.retiredReason,
        lockVersion: row.version,
        updatedAt: row.updatedAt,
      },
    ];
  });
}

/** The definitions of the versions a tender chose, by `key@version`; missing ones are left out. */
export async function getChosenClauseVersions(
  db: DbClient,
  chosen: readonly ChosenClause[],
): Promise<Map<string, Clause>> {
  if (chosen.length === 0) return new Map();
  const rows = await db.clauseVersion.findMany({
    where: { OR: chosen.map(({ key, version }) => ({ version, clause: { key } })) },
    include: { clause: { select: { key: true } } },
  });
  return new Map(
    rows.map((row) => [clauseVersionKey(row.clause.key, row.version), row.definition as unknown as Clause]),
  );
}

export function clauseVersionKey(key: string, version: number): string {
  return `${key}@${version}`;
}
