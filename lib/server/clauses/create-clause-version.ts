import "server-only";
import { clauseFromDraft } from "@/lib/domain/clauses/clause-draft";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import type { ClauseVersionInput } from "@/lib/schemas/clauses";
import { ensureValidDefinition } from "./clause-definition-problem";

export type CreatedClauseVersion = {
  clauseId: string;
  key: string;
  fromVersion: number;
  version: number;
  lockVersion: number;
};

/**
 * Editing a clause makes version n+1 (versions are immutable: tenders keep the one they chose).
 * The editor sends the whole clause; its key and the version number come from the database.
 * Optimistic lock: a save started from an older state of the clause gets CONFLICT.
 */
export async function createClauseVersion(
  tx: DbTransaction,
  viewer: Viewer,
  input: ClauseVersionInput,
): Promise<CreatedClauseVersion> {
  const row = await tx.clause.findUnique({ where: { key: input.key } });
  if (!row) throw new AppError("NOT_FOUND");
  if (row.version !== input.lockVersion) throw new AppError("CONFLICT", "errors.clauseConflict");
  const next = clauseFromDraft(row.key, row.currentVersion + 1, input);
  ensureValidDefinition(next);

  // The lock is checked again in the update itself, so two saves racing from the same state
  // cannot both win.
  const updated = await tx.clause.updateMany({
    where: { id: row.id, version: input.lockVersion },
    data: { currentVersion: next.version, status: next.status, category: next.category, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "errors.clauseConflict");
  await tx.clauseVersion.create({
    data: {
      clauseId: row.id,
      version: next.version,
      definition: next as unknown as Prisma.InputJsonValue,
      changeNote: input.changeNote,
      authorId: viewer.userId,
      organisationId: viewer.organisation.id,
    },
  });
  return {
    clauseId: row.id,
    key: row.key,
    fromVersion: row.currentVersion,
    version: next.version,
    lockVersion: input.lockVersion + 1,
  };
}
