import "server-only";
import { diffFields } from "@/lib/domain/diff-fields";
import { templateSectionsAfterRestore } from "@/lib/domain/templates/reuse/restore-template-sections";
import { readTemplateSections } from "@/lib/domain/templates/reuse/template-sections";
import { restoredLabel } from "@/lib/domain/tender/revisions/revision-kind";
import type { ContentField } from "@/lib/domain/tender/revisions/section-fields";
import { isEditable } from "@/lib/domain/tender/tender-status";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { messageRef } from "@/lib/i18n/message-ref";
import { toAuditJson } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import type { TenderAuditEntry } from "./change-tender-status";
import { getTender } from "./get-tender";
import { getTenderRevision } from "./get-tender-revision";
import { recordTenderRevision } from "./record-tender-revision";
import type { TenderDto } from "./tender-dto";
import { tenderWhereForViewer } from "./tender-scope";

/**
 * What a restore leaves alone: the tender's identity, where it stands in its lifecycle, the
 * sections the drafter marked as completed (their own progress, not content), and the linter
 * warnings set aside with a reason (a record of decisions, kept whatever the text). Every other field of
 * the TenderDto is content and comes back; a field added to the DTO fails to compile here until it
 * is put on one side or the other.
 */
type KeptField = "id" | "status" | "completedSections" | "lintDismissals" | "version" | "updatedAt";
type Unclassified = Exclude<keyof TenderDto, ContentField | KeptField>;
const _everyFieldClassified: [Unclassified] extends [never] ? true : Unclassified = true;

/**
 * Brings back the content of an older revision of a draft tender: every section's fields,
 * including the reference (it is the "about" section's content) when no other tender of the
 * organisation has taken it since. Only from the version the viewer saw (optimistic locking). The
 * content it replaces stays in the history as the previous revision, so a restore can itself be
 * undone by restoring that one. The new revision is labelled "restored:<version>".
 *
 * Tender.templateSections (which template version each section's template part came from) is
 * restored with the content: a restored section holds what it held at that revision, so it must
 * also say the template version it held then, or the template updates page would compare it
 * with the wrong version (templateSectionsAfterRestore).
 */
export async function restoreTenderRevision(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; revision: number; version: number },
): Promise<{ before: TenderDto; after: TenderDto; event: TenderAuditEntry }> {
  const before = await getTender(tx, viewer, input.tenderId);
  if (!isEditable(before.status)) throw new AppError("INVALID_STATE", "errors.revisionRestoreNotDraft");
  if (before.version !== input.version) throw new AppError("CONFLICT", "errors.revisionRestoreConflict");
  if (input.revision === before.version) throw new AppError("INVALID_STATE", "errors.revisionIsCurrent");
  const { tender: restored, templateSections: recorded } = await getTenderRevision(
    tx,
    viewer,
    before.id,
    input.revision,
  );

  if (restored.reference !== before.reference) {
    const taken = await tx.tender.findFirst({
      where: { organisationId: viewer.organisation.id, reference: restored.reference, NOT: { id: before.id } },
      select: { id: true },
    });
    if (taken) {
      throw new AppError("CONFLICT", messageRef("errors.revisionReferenceTaken", { reference: restored.reference }));
    }
  }

  // The template link goes back with the content it describes, in the same update.
  const link = await tx.tender.findUniqueOrThrow({ where: { id: before.id }, select: { templateSections: true } });
  const templateSectionsBefore = readTemplateSections(link.templateSections);
  const templateSections = templateSectionsAfterRestore({
    current: templateSectionsBefore,
    recorded,
    before,
    restored,
  });
  const updated = await tx.tender.updateMany({
    where: { AND: [{ id: before.id, version: before.version, status: "DRAFT" }, tenderWhereForViewer(viewer)] },
    data: { ...contentColumns(restored), templateSections, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("CONFLICT", "errors.revisionRestoreConflict");
  const after = await recordTenderRevision(tx, before.id, restoredLabel(input.revision), viewer.userId);

  const changes = diffFields({ ...before, templateSections: templateSectionsBefore }, { ...after, templateSections }, [
    "version",
    "updatedAt",
  ]);
  return {
    before,
    after,
    event: {
      action: "tender.revision_restored",
      entityType: "Tender",
      entityId: before.id,
      before: toAuditJson({ version: before.version, ...changes.before }),
      after: toAuditJson({ version: after.version, restoredFrom: input.revision, ...changes.after }),
    },
  };
}

/** The content fields as columns: money back to BigInt, calendar days to DATE, empty JSON to SQL NULL. */
function contentColumns(tender: TenderDto) {
  const date = (value: string | null) => (value === null ? null : new Date(`${value}T00:00:00Z`));
  const json = (value: unknown) => value as Prisma.InputJsonValue;
  const nullableJson = (value: unknown) => (value === null ? Prisma.DbNull : json(value));
  return {
    reference: tender.reference,
    title: tender.title,
    summary: tender.summary,
    contractNature: tender.contractNature,
    documentsLanguage: tender.documentsLanguage,
    procedureType: tender.procedureType,
    procedureGround: tender.procedureGround,
    mainCpv: tender.mainCpv,
    additionalCpvs: tender.additionalCpvs,
    estimatedValueCents: tender.estimatedValueCents === null ? null : BigInt(tender.estimatedValueCents),
    currency: tender.currency,
    durationMonths: tender.durationMonths,
    renewalOptions: tender.renewalOptions,
    lots: json(tender.lots),
    reasonsForNotDividing: tender.reasonsForNotDividing,
    award: nullableJson(tender.award),
    requirements: json(tender.requirements),
    clauses: json(tender.clauses),
    clauseRemovals: json(tender.clauseRemovals),
    sovereignty: nullableJson(tender.sovereignty),
    innovationPhases: json(tender.innovationPhases),
    publicationDate: date(tender.publicationDate),
    requestsDeadline: date(tender.requestsDeadline),
    invitationDate: date(tender.invitationDate),
    clarificationDeadline: date(tender.clarificationDeadline),
    tenderDeadline: date(tender.tenderDeadline),
    openingDate: date(tender.openingDate),
  } satisfies Record<ContentField, unknown> & Prisma.TenderUpdateManyMutationInput;
}
