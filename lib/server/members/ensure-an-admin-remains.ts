import "server-only";
import { AppError } from "@/lib/errors";
import type { DbTransaction } from "@/lib/server/db";

/**
 * An organisation must always keep at least one administrator, or nobody could manage its
 * members again. Call after the change, inside its transaction; the admin rows are locked so
 * two administrators demoting each other at the same moment cannot both succeed.
 */
export async function ensureAnAdminRemains(tx: DbTransaction, organisationId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Membership"
    WHERE "organisationId" = ${organisationId} AND 'ADMIN' = ANY("roles")
    FOR UPDATE`;
  if (admins.length === 0) throw new AppError("INVALID_STATE", "errors.lastAdmin");
}
