import "server-only";
import { diffFields } from "@/lib/domain/diff-fields";
import { toAuditJson } from "@/lib/server/audit/record-audit-event";
import type { TenderDto } from "./tender-dto";

/** The audit event of a section save: only the fields that changed, before and after. */
export function sectionSaved(section: string, before: TenderDto, after: TenderDto) {
  const changes = diffFields(before, after, ["version", "updatedAt"]);
  return {
    action: "tender.section_saved",
    entityType: "Tender",
    entityId: after.id,
    before: toAuditJson({ section, ...changes.before }),
    after: toAuditJson({ section, version: after.version, ...changes.after }),
  };
}
