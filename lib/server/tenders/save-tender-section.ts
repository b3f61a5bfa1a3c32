import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { recordTenderRevision } from "./record-tender-revision";
import type { TenderDto } from "./tender-dto";
import { tenderWhereForViewer } from "./tender-scope";
import { getTender } from "./get-tender";

/**
 * Saves one section of a draft tender, if nobody saved it since `version` was read (optimistic
 * locking: a second save on an old version gets CONFLICT, never overwrites). Each save is a
 * revision. Returns the tender before and after, for the audit event.
 */
export async function saveTenderSection(
  tx: DbTransaction,
  viewer: Viewer,
  input: {
    tenderId: string;
    version: number;
    section: string;
    data: Prisma.TenderUpdateInput;
    /** Given when the tender is published: the save is then a corrigendum (not built yet). */
    corrigendumReason?: string;
  },
): Promise<{ before: TenderDto; after: TenderDto }> {
  const before = await getTender(tx, viewer, input.tenderId);
  if (before.status !== "DRAFT") throw new AppError("INVALID_STATE", "errors.tenderNotEditable");
  const updated = await tx.tender.updateMany({
    where: { AND: [{ id: input.tenderId, version: input.version, status: "DRAFT" }, tenderWhereForViewer(viewer)] },
    data: { ...(input.data as Prisma.TenderUpdateManyMutationInput), version: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("CONFLICT", "errors.tenderChangedMeanwhile");
  const after = await recordTenderRevision(tx, input.tenderId, input.section, viewer.userId);
  return { before, after };
}
