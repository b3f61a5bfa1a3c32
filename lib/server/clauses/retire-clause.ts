import "server-only";
import { AppError } from "@/lib/errors";
import type { DbTransaction } from "@/lib/server/db";
import type { ClauseRetirementInput } from "@/lib/schemas/clauses";

/**
 * Retiring takes a clause out of what tenders are offered; tenders that chose it keep it, and it
 * stays readable in the library. Reinstating offers it again. Both say why, and both take the
 * optimistic lock of the library editor.
 */
export async function setClauseRetired(
  tx: DbTransaction,
  input: ClauseRetirementInput,
  retired: boolean,
  now = new Date(),
): Promise<{ clauseId: string; key: string; version: number; lockVersion: number }> {
  const row = await tx.clause.findUnique({ where: { key: input.key } });
  if (!row) throw new AppError("NOT_FOUND");
  if (row.version !== input.lockVersion) throw new AppError("CONFLICT", "errors.clauseConflict");
  if ((row.retiredAt !== null) === retired) {
    throw new AppError("INVALID_STATE", retired ? "errors.clauseAlreadyRetired" : "errors.clauseNotRetired");
  }
  const updated = await tx.clause.updateMany({
    where: { id: row.id, version: input.lockVersion },
    data: retired
      ? { retiredAt: now, retiredReason: input.reason, version: { increment: 1 } }
      : { retiredAt: null, retiredReason: "", version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "errors.clauseConflict");
  return { clauseId: row.id, key: row.key, version: row.currentVersion, lockVersion: input.lockVersion + 1 };
}
