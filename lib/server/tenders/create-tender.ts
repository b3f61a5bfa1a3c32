import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CreateTenderInput } from "@/lib/schemas/tender";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { nextTenderReference } from "./next-tender-reference";
import { recordTenderRevision } from "./record-tender-revision";

/**
 * Starts a draft tender in the viewer's organisation, numbered for the current year. `prefill`
 * gives it answers from the start (a tender started from a template), so its first revision
 * already holds them.
 */
export async function createTender(
  tx: DbTransaction,
  viewer: Viewer,
  input: CreateTenderInput,
  now = new Date(),
  prefill: Omit<Prisma.TenderUncheckedCreateInput, "organisationId" | "reference" | "title" | "createdById"> = {},
) {
  const reference = await nextTenderReference(tx, viewer.organisation, now.getUTCFullYear());
  const tender = await tx.tender.create({
    data: {
      ...prefill,
      organisationId: viewer.organisation.id,
      reference,
      title: input.title,
      createdById: viewer.userId,
    },
    select: { id: true },
  });
  return recordTenderRevision(tx, tender.id, "created", viewer.userId);
}
