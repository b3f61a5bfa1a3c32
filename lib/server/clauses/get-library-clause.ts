import "server-only";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import type { DbClient } from "@/lib/server/db";
import type { LibraryClause } from "./clause-library";

export type ClauseVersionEntry = {
  version: number;
  definition: Clause;
  changeNote: string;
  /** Null for the versions shipped with the app. */
  authorName: string | null;
  createdAt: Date;
};

/** One clause of the library, retired or not, with every version newest first; null if unknown. */
export async function getLibraryClause(
  db: DbClient,
  key: string,
): Promise<(LibraryClause & { versions: ClauseVersionEntry[] }) | null> {
  const row = await db.clause.findUnique({ where: { key }, include: { versions: { orderBy: { version: "desc" } } } });
  if (!row) return null;
  const current = row.versions.find((version) => version.version === row.currentVersion);
  if (!current) return null;
  const authorIds = [...new Set(row.versions.flatMap((version) => (version.authorId ? [version.authorId] : [])))];
  const authors = new Map(
    (await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })).map((user) => [
      user.id,
      user.name,
    ]),
  );
  return {
    id: row.id,
    key: row.key,
    clause: current.definition as unknown as Clause,
    retiredAt: row.retiredAt,
    retiredReason: row.retiredReason,
    lockVersion: row.version,
    updatedAt: row.updatedAt,
    versions: row.versions.map((version) => ({
      version: version.version,
      definition: version.definition as unknown as Clause,
      changeNote: version.changeNote,
      authorName: version.authorId ? (authors.get(version.authorId) ?? null) : null,
      createdAt: version.createdAt,
    })),
  };
}
