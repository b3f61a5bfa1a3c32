import "server-only";
import { clauseFromDraft } from "@/lib/domain/clauses/clause-draft";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import type { NewClauseInput } from "@/lib/schemas/clauses";
import { ensureValidDefinition } from "./clause-definition-problem";

/** A clause written in the app, as its version 1. Keys are unique across the whole library. */
export async function createClause(
  tx: DbTransaction,
  viewer: Viewer,
  input: NewClauseInput,
): Promise<{ clauseId: string; key: string }> {
  const clause = clauseFromDraft(input.key, 1, input);
  ensureValidDefinition(clause);
  if (await tx.clause.findUnique({ where: { key: clause.key }, select: { id: true } })) {
    throw new AppError("VALIDATION", "validation.clauseKeyTaken", "key");
  }
  const row = await tx.clause.create({
    data: {
      key: clause.key,
      category: clause.category,
      status: clause.status,
      currentVersion: 1,
      versions: {
        create: {
          version: 1,
          definition: clause as unknown as Prisma.InputJsonValue,
          changeNote: input.changeNote,
          authorId: viewer.userId,
          organisationId: viewer.organisation.id,
        },
      },
    },
  });
  return { clauseId: row.id, key: row.key };
}
