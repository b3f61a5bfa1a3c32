import "server-only";
import {
  checkTransition,
  PROCEDURE_TRANSITIONS,
  type ProcedureTransition,
  type TenderStatus,
  type TenderTransition,
} from "@/lib/domain/tender/tender-status";
import { transitionBetween } from "@/lib/domain/tender/tender-review";
import { AppError } from "@/lib/errors";
import type { AuditEventInput } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { getTender } from "./get-tender";
import { tenderSubmitBlockers } from "./lint-saved-tender";
import { recordTenderRevision } from "./record-tender-revision";
import type { TenderDto } from "./tender-dto";
import { tenderWhereForViewer } from "./tender-scope";

export type TenderAuditEntry = Omit<AuditEventInput, "actor" | "organisationId">;

export type TenderStatusChange = {
  before: TenderDto;
  after: TenderDto;
  transition: TenderTransition;
  reason: string | null;
  /** The `tender.status_changed` audit event, for the action to record in the same transaction. */
  event: TenderAuditEntry;
};

/**
 * Moves a tender along its lifecycle (lib/domain/tender/tender-status.ts decides which moves
 * exist, who may make them and which need a reason), from the version the viewer saw: if anyone
 * changed the tender since, nothing happens and the viewer gets CONFLICT. Each move is a revision.
 * SECURITY: the only code that changes a tender's status; change it with a second reviewer.
 */
export async function changeTenderStatus(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; version: number; from?: TenderStatus; to: TenderStatus; reason?: string | null },
): Promise<TenderStatusChange> {
  const before = await getTender(tx, viewer, input.tenderId);
  if (before.version !== input.version || (input.from !== undefined && input.from !== before.status)) {
    throw new AppError("CONFLICT", "errors.tenderStatusChangedMeanwhile");
  }
  const reason = input.reason?.trim() || null;
  const check = checkTransition({ from: before.status, to: input.to, roles: viewer.roles, reason });
  if (!check.ok) throw refusal(check.code, before.status, input.to);
  // Lock-in errors and sections with errors must be dealt with before the OSPO reads the draft;
  // the task list says which and links to them (LifecyclePanel).
  if (check.transition.action === "submitForReview") {
    const blockers = await tenderSubmitBlockers(tx, before, viewer.organisation.authorityType);
    if (blockers) {
      throw new AppError(
        "INVALID_STATE",
        blockers.lintErrors > 0 ? "errors.tenderStatus.lintErrors" : "errors.tenderStatus.sectionProblems",
      );
    }
  }

  const updated = await tx.tender.updateMany({
    where: { AND: [{ id: before.id, version: before.version, status: before.status }, tenderWhereForViewer(viewer)] },
    data: { status: input.to, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("CONFLICT", "errors.tenderStatusChangedMeanwhile");
  const after = await recordTenderRevision(tx, before.id, "status", viewer.userId);
  return {
    before,
    after,
    transition: check.transition,
    reason,
    event: {
      action: "tender.status_changed",
      entityType: "Tender",
      entityId: before.id,
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version, transition: check.transition.action, reason },
    },
  };
}

/**
 * The move a step of the procedure makes (PROCEDURE_TRANSITIONS): called by that step, inside its
 * transaction, after it has checked who may take it. The same optimistic lock, revision and audit
 * event as changeTenderStatus; a tender that is no longer where the step expects it is CONFLICT.
 */
export async function moveTenderByProcedure(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; version: number; action: ProcedureTransition["action"] },
): Promise<{ after: TenderDto; event: TenderAuditEntry }> {
  const transition = PROCEDURE_TRANSITIONS.find((candidate) => candidate.action === input.action)!;
  const before = await getTender(tx, viewer, input.tenderId);
  if (before.version !== input.version || before.status !== transition.from) {
    throw new AppError("CONFLICT", "errors.tenderStatusChangedMeanwhile");
  }
  const updated = await tx.tender.updateMany({
    where: { AND: [{ id: before.id, version: before.version, status: before.status }, tenderWhereForViewer(viewer)] },
    data: { status: transition.to, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("CONFLICT", "errors.tenderStatusChangedMeanwhile");
  const after = await recordTenderRevision(tx, before.id, "status", viewer.userId);
  return {
    after,
    event: {
      action: "tender.status_changed",
      entityType: "Tender",
      entityId: before.id,
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version, transition: transition.action, reason: null },
    },
  };
}

/** A refused move, in words the person can act on. */
function refusal(
  code: Exclude<ReturnType<typeof checkTransition>, { ok: true }>["code"],
  from: TenderStatus,
  to: TenderStatus,
): AppError {
  switch (code) {
    case "tenderStatus.noSuchTransition":
      return new AppError("INVALID_STATE", "errors.tenderStatus.noSuchTransition");
    case "tenderStatus.notPermitted":
      return new AppError("FORBIDDEN", "errors.tenderStatus.notPermitted");
    case "tenderStatus.reasonRequired": {
      const action = transitionBetween(from, to)?.action ?? "cancel";
      return new AppError("VALIDATION", `validation.statusReasonRequired.${action}`, "reason");
    }
  }
}
