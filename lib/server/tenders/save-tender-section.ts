import "server-only";
import type { IsoDate } from "@/lib/domain/tender/calendar-date";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { getTender } from "./get-tender";
import { issueCorrigendum, type IssuedCorrigendum } from "./issue-corrigendum";
import { recordTenderRevision } from "./record-tender-revision";
import type { TenderDto } from "./tender-dto";
import { tenderWhereForViewer } from "./tender-scope";

/**
 * Saves one section of a tender, if nobody saved it since `version` was read (optimistic
 * locking: a second save on an old version gets CONFLICT, never overwrites). Each save is a
 * revision.
 *
 * A draft is saved as it is (a reason given is ignored). A published tender is frozen: a change
 * to it is a corrigendum, accepted only with a reason, recorded as a revision of section
 * `corrigendum` and as the tender's next numbered corrigendum (what changed, before and after,
 * and why). Tenders in review, approved or cancelled are refused.
 *
 * Returns the tender before and after, and the corrigendum issued (null for a draft), for the
 * audit event (`sectionSaved`).
 */
export async function saveTenderSection(
  tx: DbTransaction,
  viewer: Viewer,
  input: {
    tenderId: string;
    version: number;
    section: string;
    data: Prisma.TenderUpdateInput;
    /** Required when the tender is published: why it is changed. */
    corrigendumReason?: string;
    /** The day of the change, for the deadline rules of a corrigendum; today (UTC) by default. */
    today?: IsoDate;
  },
): Promise<{ before: TenderDto; after: TenderDto; corrigendum: IssuedCorrigendum | null }> {
  const before = await getTender(tx, viewer, input.tenderId);
  const isCorrigendum = before.status === "PUBLISHED";
  if (before.status !== "DRAFT" && !isCorrigendum) throw new AppError("INVALID_STATE", "errors.tenderNotEditable");
  const reason = input.corrigendumReason?.trim() ?? "";
  if (isCorrigendum && reason === "") {
    throw new AppError("VALIDATION", "validation.corrigendumReasonRequired", "corrigendumReason");
  }

  const updated = await tx.tender.updateMany({
    where: {
      AND: [{ id: input.tenderId, version: input.version, status: before.status }, tenderWhereForViewer(viewer)],
    },
    data: { ...(input.data as Prisma.TenderUpdateManyMutationInput), version: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("CONFLICT", "errors.tenderChangedMeanwhile");
  if (!isCorrigendum) {
    const after = await recordTenderRevision(tx, input.tenderId, input.section, viewer.userId);
    return { before, after, corrigendum: null };
  }

  const after = await recordTenderRevision(tx, input.tenderId, "corrigendum", viewer.userId);
  const corrigendum = await issueCorrigendum(tx, {
    before,
    after,
    section: input.section,
    reason,
    authorId: viewer.userId,
    today: input.today ?? new Date().toISOString().slice(0, 10),
  });
  return { before, after, corrigendum };
}
