import "server-only";
import { readTemplateSections } from "@/lib/domain/templates/reuse/template-sections";
import type { DbTransaction } from "@/lib/server/db";
import { TENDER_SELECT, toTenderDto, type TenderDto } from "./tender-dto";

/**
 * Stores the tender as it is after a save, under its new version, so that any two revisions can
 * be compared and one restored. Called inside the save's transaction. Beside the tender's fields
 * the snapshot keeps Tender.templateSections (which template version each section came from), so
 * a restore brings the template link back with the content it describes.
 */
export async function recordTenderRevision(
  tx: DbTransaction,
  tenderId: string,
  section: string,
  authorId: string,
): Promise<TenderDto> {
  const { templateSections, ...row } = await tx.tender.findUniqueOrThrow({
    where: { id: tenderId },
    select: { ...TENDER_SELECT, templateSections: true },
  });
  const tender = toTenderDto(row);
  const { updatedAt: _updatedAt, version, ...fields } = tender;
  const snapshot = { ...fields, templateSections: readTemplateSections(templateSections) };
  await tx.tenderRevision.create({ data: { tenderId, version, section, snapshot, authorId } });
  return tender;
}
