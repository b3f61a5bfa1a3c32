import "server-only";
import { applyFix, type LintFinding } from "@/lib/domain/lint";
import type { LintDismissal } from "@/lib/domain/lint/dismissal";
import { readTenderField, writeTenderField } from "@/lib/domain/lint/tender-field-edit";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplyLintFixInput, DismissLintWarningInput } from "@/lib/schemas/openness";
import { toAuditJson } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import type { TenderAuditEntry } from "./change-tender-status";
import { getTender } from "./get-tender";
import { lintSavedTender } from "./lint-saved-tender";
import { saveTenderSection } from "./save-tender-section";
import { sectionSaved } from "./section-saved-event";
import type { TenderDto } from "./tender-dto";

/**
 * The finding the page showed, as the linter reports it on the saved tender now; a draft only
 * (a published tender changes by corrigendum, on its section pages).
 */
async function currentFinding(
  tx: DbTransaction,
  viewer: Viewer,
  tenderId: string,
  key: string,
): Promise<{ before: TenderDto; finding: LintFinding | undefined }> {
  const before = await getTender(tx, viewer, tenderId);
  if (before.status !== "DRAFT") throw new AppError("INVALID_STATE", "errors.tenderNotEditable");
  const { findings } = await lintSavedTender(tx, before);
  return { before, finding: findings.find((finding) => finding.key === key) };
}

/**
 * Applies a finding's one-click fix to its field of the saved tender, as a save of the finding's
 * section (optimistic locking on the version the page showed, a revision, the section_saved
 * audit event). Refused when the linter no longer proposes exactly this fix: the text changed
 * since, and the fix would land in the wrong place.
 */
export async function applyLintFix(tx: DbTransaction, viewer: Viewer, input: ApplyLintFixInput) {
  const { before, finding } = await currentFinding(tx, viewer, input.tenderId, input.key);
  const fix = finding?.fix;
  const text = fix ? readTenderField(before, fix.field) : undefined;
  if (
    !finding ||
    !fix ||
    text === undefined ||
    fix.field !== input.field ||
    fix.start !== input.start ||
    fix.end !== input.end ||
    fix.replacement !== input.replacement
  ) {
    throw new AppError("CONFLICT", "errors.lintFixNoLongerApplies");
  }
  const write = writeTenderField(before, fix.field, applyFix(text, fix));
  if (!write) throw new AppError("CONFLICT", "errors.lintFixNoLongerApplies");
  const section = finding.location.section;
  const { after } = await saveTenderSection(tx, viewer, {
    tenderId: before.id,
    version: input.version,
    section,
    data: { [write.column]: write.value } as Prisma.TenderUpdateInput,
  });
  return { after, event: sectionSaved(section, before, after) };
}

/**
 * Sets a warning aside with the drafter's written justification, kept in the tender
 * (lintDismissals) and audited as `tender.lint_dismissed`. Errors cannot be set aside: they
 * break the Directive as written.
 */
export async function dismissLintWarning(tx: DbTransaction, viewer: Viewer, input: DismissLintWarningInput) {
  const { before, finding } = await currentFinding(tx, viewer, input.tenderId, input.key);
  if (!finding) throw new AppError("CONFLICT", "errors.lintFindingGone");
  if (finding.severity === "error") throw new AppError("INVALID_STATE", "errors.lintErrorNotDismissable");
  if (before.lintDismissals.some((dismissal) => dismissal.key === finding.key)) {
    throw new AppError("CONFLICT", "errors.lintFindingGone");
  }
  const dismissal: LintDismissal = {
    key: finding.key,
    ruleId: finding.ruleId,
    field: finding.location.field,
    justification: input.justification,
    userId: viewer.userId,
    at: new Date().toISOString(),
  };
  const { after } = await saveTenderSection(tx, viewer, {
    tenderId: before.id,
    version: input.version,
    section: finding.location.section,
    data: { lintDismissals: [...before.lintDismissals, dismissal] as unknown as Prisma.InputJsonValue },
  });
  const event: TenderAuditEntry = {
    action: "tender.lint_dismissed",
    entityType: "Tender",
    entityId: before.id,
    before: { version: before.version },
    after: toAuditJson({ version: after.version, ...dismissal }),
  };
  return { after, dismissal, event };
}
