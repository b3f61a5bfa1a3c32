import "server-only";
import type { DbClient } from "@/lib/server/db";

/**
 * The names of the people who stored revisions, by user id. A revision keeps only the id (the
 * demo data's may have none), so a name that cannot be found is simply missing.
 */
export async function revisionAuthorNames(db: DbClient, authorIds: (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(authorIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}
