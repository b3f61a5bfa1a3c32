import "server-only";
import type { DbTransaction } from "@/lib/server/db";

/**
 * Serialises the changes to one organisation's translation links. The rules look at two
 * templates at once (the template and its original, and the original's other translations), so
 * two links made at the same moment (A under B and B under A, or two French translations of the
 * same original) could each pass their checks alone. A transaction-scoped advisory lock on the
 * organisation makes the second wait for the first and check what it left. Taken before any row
 * lock, always in the same order, so it cannot deadlock with the template lock.
 */
export async function lockTranslationLinks(tx: DbTransaction, organisationId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`template-translations:${organisationId}`}))`;
}
