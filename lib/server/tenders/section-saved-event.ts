import "server-only";
import { diffFields } from "@/lib/domain/diff-fields";
import { toAuditJson } from "@/lib/server/audit/record-audit-event";
import type { IssuedCorrigendum } from "./issue-corrigendum";
import type { TenderDto } from "./tender-dto";

/**
 * The audit event of a section save: only the fields that changed, before and after. A save of
 * a published tender is a corrigendum (`tender.corrigendum_issued`, with its number and reason);
 * pass the `corrigendum` saveTenderSection returned so the event carries them.
 */
export function sectionSaved(
  section: string,
  before: TenderDto,
  after: TenderDto,
  corrigendum: IssuedCorrigendum | null = null,
) {
  const changes = diffFields(before, after, ["version", "updatedAt"]);
  // A published tender is only ever saved as a corrigendum, so the status decides the event even
  // for a caller that did not pass the corrigendum on.
  const isCorrigendum = corrigendum !== null || after.status === "PUBLISHED";
  const issued = corrigendum ? { number: corrigendum.number, reason: corrigendum.reason } : {};
  return {
    action: isCorrigendum ? "tender.corrigendum_issued" : "tender.section_saved",
    entityType: "Tender",
    entityId: after.id,
    before: toAuditJson({ section, ...changes.before }),
    after: toAuditJson({ section, version: after.version, ...issued, ...changes.after }),
  };
}
