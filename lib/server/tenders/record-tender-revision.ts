import "server-only";
import type { DbTransaction } from "@/lib/server/db";
import { TENDER_SELECT, toTenderDto, type TenderDto } from "./tender-dto";

/**
 * Stores the tender as it is after a save, under its new version, so that any two revisions can
 * be compared and one restored. Called inside the save's transaction.
 */
export async function recordTenderRevision(
  tx: DbTransaction,
  tenderId: string,
  section: string,
  authorId: string,
): Promise<TenderDto> {
  const row = await tx.tender.findUniqueOrThrow({ where: { id: tenderId }, select: TENDER_SELECT });
  const tender = toTenderDto(row);
  const { updatedAt: _updatedAt, version, ...snapshot } = tender;
  await tx.tenderRevision.create({ data: { tenderId, version, section, snapshot, authorId } });
  return tender;
}
