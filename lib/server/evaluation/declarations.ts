import "server-only";
import { conflictEffect } from "@/lib/domain/panel/declaration";
import type { DeclaredConflict } from "@/lib/domain/panel/panel-model";
import { AppError } from "@/lib/errors";
import { toAuditJson, type AuditEventInput } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import { listBidderNames } from "@/lib/server/bids/bid-access";
import type { DbTransaction } from "@/lib/server/db";
import { lockedEvaluationContext, requireMember, type PanelMember } from "./evaluation-context";

/**
 * A panel member's declaration (Directive 2014/24/EU Art. 24; lib/domain/panel/declaration.ts):
 * signed before any bid is shown, confirmed against the bidders' names once they are shown, or a
 * conflict declared with one bidder, which takes the member off that bid's lot (or the whole
 * tender) and withdraws any score they gave there. Every step is timestamped and audited; the
 * chair and the procurement lead see conflicts on the evaluation's overview.
 */
type AuditEntry = Omit<AuditEventInput, "actor" | "organisationId">;

async function lockedMember(tx: DbTransaction, viewer: Viewer, input: { tenderId: string; version: number }) {
  const context = await lockedEvaluationContext(tx, viewer, input.tenderId);
  const { panel, me } = requireMember(context);
  if (me.version !== input.version) throw new AppError("CONFLICT", "errors.evaluation.memberChangedMeanwhile");
  if (me.stage === "REMOVED") throw new AppError("INVALID_STATE", "errors.evaluation.bidAccess.removedFromPanel");
  return { context, panel, me };
}

export async function signDeclaration(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; version: number },
  now = new Date(),
): Promise<AuditEntry> {
  const { me } = await lockedMember(tx, viewer, input);
  if (me.declarationSignedAt) throw new AppError("CONFLICT", "errors.evaluation.alreadySigned");
  await tx.panelMember.update({
    where: { id: me.id },
    data: { declarationSignedAt: now, version: { increment: 1 } },
  });
  return memberEvent("evaluation.declaration_signed", input.tenderId, me, {
    role: me.role,
    signedAt: now.toISOString(),
  });
}

export async function confirmDeclarationWithNames(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; version: number },
  now = new Date(),
): Promise<AuditEntry> {
  const { me } = await lockedMember(tx, viewer, input);
  if (me.stage !== "TO_CONFIRM_NAMES") throw new AppError("INVALID_STATE", "errors.evaluation.nothingToConfirm");
  // The names the member confirmed against, as they were: the record says what they knew.
  const names = await listBidderNames(tx, viewer, input.tenderId);
  const excluded = new Set(me.excludedLotKeys);
  const confirmedAgainst = names
    .filter((bid) => bid.lotKey === null || !excluded.has(bid.lotKey))
    .map((bid) => bid.bidderName);
  await tx.panelMember.update({
    where: { id: me.id },
    data: { declarationConfirmedWithNamesAt: now, version: { increment: 1 } },
  });
  return memberEvent("evaluation.declaration_confirmed", input.tenderId, me, {
    role: me.role,
    confirmedAt: now.toISOString(),
    bidders: confirmedAgainst,
  });
}

export async function declareConflict(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; version: number; bidId: string; note: string },
  now = new Date(),
): Promise<AuditEntry> {
  const { me, panel } = await lockedMember(tx, viewer, input);
  if (me.stage !== "TO_CONFIRM_NAMES" && me.stage !== "COMPLETE") {
    throw new AppError("INVALID_STATE", "errors.evaluation.declarationFirst");
  }
  // Names are listed only once shown to the panel: a conflict is declared against what was shown.
  const bid = (await listBidderNames(tx, viewer, input.tenderId)).find((candidate) => candidate.id === input.bidId);
  if (!bid) throw new AppError("VALIDATION", "validation.evaluation.conflictBidRequired", "bidId");
  if (bid.lotKey !== null && me.excludedLotKeys.includes(bid.lotKey)) {
    throw new AppError("CONFLICT", "errors.evaluation.alreadyExcluded");
  }
  const effect = conflictEffect(me, bid.lotKey);
  const conflict: DeclaredConflict = {
    bidId: bid.id,
    receiptNumber: bid.receiptNumber,
    lotKey: bid.lotKey,
    note: input.note,
    at: now.toISOString(),
  };
  // Scores the member gave where they no longer evaluate are withdrawn: they must not count. Once
  // the consensus is complete nothing is taken back silently: the conflict is recorded and shown
  // to the chair and the procurement lead, who decide what the evaluation needs.
  const withdrawn = panel.consensusCompletedAt
    ? { count: 0 }
    : await tx.evaluatorScore.deleteMany({
        where: {
          memberId: me.id,
          ...(effect.kind === "LOT_EXCLUDED" ? { bid: { lotKey: effect.lotKey } } : {}),
        },
      });
  await tx.panelMember.update({
    where: { id: me.id },
    data: {
      conflicts: toAuditJson([...me.conflicts, conflict]),
      ...(effect.kind === "REMOVED"
        ? { removedAt: now, removedReason: "CONFLICT" }
        : { excludedLotKeys: [...me.excludedLotKeys, effect.lotKey] }),
      version: { increment: 1 },
    },
  });
  return memberEvent("evaluation.conflict_declared", input.tenderId, me, {
    role: me.role,
    bidder: bid.bidderName,
    receiptNumber: bid.receiptNumber,
    lotKey: bid.lotKey,
    note: input.note,
    effect: effect.kind,
    scoresWithdrawn: withdrawn.count,
  });
}

/** Evaluation events belong to the tender's trail (the award report reads it), naming the member. */
function memberEvent(
  action: string,
  tenderId: string,
  member: PanelMember,
  after: Record<string, unknown>,
): AuditEntry {
  return {
    action,
    entityType: "Tender",
    entityId: tenderId,
    after: toAuditJson({ member: member.email, ...after }),
  };
}
