import "server-only";
import { AppError } from "@/lib/errors";
import type { DbTransaction } from "@/lib/server/db";

/** A tender reference is unique within its organisation; say so next to the field. */
export async function ensureReferenceFree(
  tx: DbTransaction,
  organisationId: string,
  reference: string,
  tenderId: string,
) {
  const taken = await tx.tender.findFirst({
    where: { organisationId, reference, NOT: { id: tenderId } },
    select: { id: true },
  });
  if (taken) throw new AppError("CONFLICT", "validation.referenceTaken", "reference");
}
