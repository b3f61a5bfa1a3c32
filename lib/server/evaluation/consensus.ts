import "server-only";
import { createHash } from "node:crypto";
import { reopenRefusal } from "@/lib/domain/panel/consensus-rules";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";
import type { ConsensusOutput } from "@/lib/schemas/evaluation";
import { toAuditJson, type AuditEventInput } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { consensusViewOf } from "./consensus-view";
import { lockedEvaluationContext, requireChair } from "./evaluation-context";
import { readVisibleScores } from "./score-access";
import { refuseAutomaticCriterion, requireScoreOnScale, scoresDigest } from "./scoring";

/**
 * The chair's part (decisions.md "Quality scoring"): with CONSENSUS, the agreed score of each
 * scored criterion of each bid, with a rationale, once every evaluator has submitted; then the
 * completion, which ends blind mode, locks every score and records them all in the trail; and,
 * before that, reopening one evaluator's submission with a reason. Only the chair does these.
 */
type AuditEntry = Omit<AuditEventInput, "actor" | "organisationId">;

const CONSENSUS_CODES: Record<string, AppErrorCode> = {
  waitingForSubmissions: "INVALID_STATE",
  consensusComplete: "INVALID_STATE",
  meanApplies: "INVALID_STATE",
  consensusMissing: "INVALID_STATE",
  noEvaluators: "INVALID_STATE",
  lotWithoutEvaluators: "INVALID_STATE",
};

export async function recordConsensus(
  tx: DbTransaction,
  viewer: Viewer,
  input: ConsensusOutput,
  now = new Date(),
): Promise<{ version: number; event: AuditEntry }> {
  const context = await lockedEvaluationContext(tx, viewer, input.tenderId, now);
  const view = await consensusViewOf(tx, context);
  refuseAutomaticCriterion(context, input.criterionKey);
  if (view.recordingRefusal) {
    const refusal = view.recordingRefusal;
    const key =
      refusal === "waitingForSubmissions"
        ? messageRef("errors.evaluation.consensus.waitingForSubmissions", { count: view.pending.length })
        : `errors.evaluation.consensus.${refusal}`;
    throw new AppError(CONSENSUS_CODES[refusal] ?? "INVALID_STATE", key);
  }
  const cell = view.bids
    .find((entry) => entry.bid.id === input.bidId)
    ?.cells.find((candidate) => candidate.criterionKey === input.criterionKey);
  if (!cell) throw new AppError("NOT_FOUND");
  requireScoreOnScale(input.score, context.scale.max);
  if ((cell.consensus?.version ?? null) !== input.version) {
    throw new AppError("CONFLICT", "errors.evaluation.consensusChangedMeanwhile");
  }
  const data = { score: input.score, rationale: input.rationale, recordedById: viewer.userId };
  const saved = cell.consensus
    ? await tx.consensusScore.update({
        where: {
          tenderId_bidId_criterionKey: {
            tenderId: input.tenderId,
            bidId: input.bidId,
            criterionKey: input.criterionKey,
          },
        },
        data: { ...data, version: { increment: 1 } },
        select: { version: true },
      })
    : await tx.consensusScore.create({
        data: { tenderId: input.tenderId, bidId: input.bidId, criterionKey: input.criterionKey, ...data },
        select: { version: true },
      });
  const receiptNumber = view.bids.find((entry) => entry.bid.id === input.bidId)!.bid.receiptNumber;
  // Administrators read the audit log, and until the consensus is complete they learn no score
  // (score-visibility.ts): the event says what was recorded, with a fingerprint of the score and
  // rationale; the completion's event holds the values, so the trail can be checked against it.
  const entry = (version: number, consensus: { score: number; rationale: string }) => ({
    receiptNumber,
    criterionKey: input.criterionKey,
    version,
    digest: consensusDigest(consensus),
  });
  return {
    version: saved.version,
    event: {
      action: "evaluation.consensus_recorded",
      entityType: "Tender",
      entityId: input.tenderId,
      ...(cell.consensus ? { before: entry(cell.consensus.version, cell.consensus) } : {}),
      after: entry(saved.version, input),
    },
  };
}

/** A fingerprint of one consensus score and its rationale, as recorded. */
export function consensusDigest(consensus: { score: number; rationale: string }): string {
  return createHash("sha256")
    .update(JSON.stringify([consensus.score, consensus.rationale]))
    .digest("hex");
}

export async function completeConsensus(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; version: number },
  now = new Date(),
): Promise<AuditEntry> {
  const context = await lockedEvaluationContext(tx, viewer, input.tenderId, now);
  const { panel } = requireChair(context);
  if (panel.version !== input.version) throw new AppError("CONFLICT", "errors.evaluation.panelChangedMeanwhile");
  const view = await consensusViewOf(tx, context);
  if (view.completionRefusal) {
    const refusal = view.completionRefusal;
    const key =
      refusal === "waitingForSubmissions"
        ? messageRef("errors.evaluation.consensus.waitingForSubmissions", { count: view.pending.length })
        : refusal === "consensusMissing"
          ? messageRef("errors.evaluation.consensus.consensusMissing", { count: view.missing.length })
          : `errors.evaluation.consensus.${refusal}`;
    throw new AppError(CONSENSUS_CODES[refusal] ?? "INVALID_STATE", key);
  }
  await tx.evaluationPanel.update({
    where: { id: panel.id },
    data: { consensusCompletedAt: now, version: { increment: 1 } },
  });
  // The scores that count, in full, now that the procurement lead may see them.
  const scores = await readVisibleScores(tx, context);
  const email = (memberId: string) => view.evaluators.find((member) => member.id === memberId)?.email ?? memberId;
  const receipt = (bidId: string) => view.bids.find((entry) => entry.bid.id === bidId)?.bid.receiptNumber ?? null;
  return {
    action: "evaluation.consensus_completed",
    entityType: "Tender",
    entityId: input.tenderId,
    after: toAuditJson({
      completedAt: now.toISOString(),
      aggregation: context.aggregation,
      blindModeEnded: panel.blindMode,
      scores: scores.map((score) => ({
        member: email(score.memberId),
        receiptNumber: receipt(score.bidId),
        criterionKey: score.criterionKey,
        score: score.score,
        justification: score.justification,
      })),
      consensus: view.bids.flatMap(({ bid, cells }) =>
        cells.flatMap((cell) =>
          cell.consensus
            ? [
                {
                  receiptNumber: bid.receiptNumber,
                  criterionKey: cell.criterionKey,
                  score: cell.consensus.score,
                  rationale: cell.consensus.rationale,
                },
              ]
            : [],
        ),
      ),
      digests: view.evaluators
        .filter((member) => member.submittedAt !== null)
        .map((member) => ({
          member: member.email,
          digest: scoresDigest(scores.filter((score) => score.memberId === member.id)),
        })),
    }),
  };
}

export async function reopenSubmission(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; memberId: string; version: number; reason: string },
  now = new Date(),
): Promise<AuditEntry> {
  const context = await lockedEvaluationContext(tx, viewer, input.tenderId, now);
  const { panel } = requireChair(context);
  const target = panel.members.find((member) => member.id === input.memberId);
  if (!target) throw new AppError("NOT_FOUND");
  const refusal = reopenRefusal(target, panel.consensusCompletedAt !== null);
  if (refusal) throw new AppError("INVALID_STATE", `errors.evaluation.reopen.${refusal}`);
  const updated = await tx.panelMember.updateMany({
    where: { id: target.id, version: input.version, submittedAt: { not: null } },
    data: { submittedAt: null, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "errors.evaluation.memberChangedMeanwhile");
  return {
    action: "evaluation.submission_reopened",
    entityType: "Tender",
    entityId: input.tenderId,
    before: { member: target.email, submittedAt: target.submittedAt!.toISOString() },
    after: { member: target.email, reopenedAt: now.toISOString(), reason: input.reason },
  };
}
