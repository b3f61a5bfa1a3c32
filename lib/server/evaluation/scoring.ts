import "server-only";
import { createHash } from "node:crypto";
import {
  expectedScores,
  isScoreOnScale,
  scoringProgress,
  scoringRefusal,
  type ScoringRefusal,
} from "@/lib/domain/panel/scoring-rules";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";
import type { ScoreOutput } from "@/lib/schemas/evaluation";
import type { AuditEventInput } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import { readOpenedBid, readOpenedBids } from "@/lib/server/bids/bid-access";
import type { DbTransaction } from "@/lib/server/db";
import { lockedEvaluationContext, requireMember, type EvaluationContext, type PanelMember } from "./evaluation-context";
import { readOwnScores, type VisibleScore } from "./score-access";

/**
 * An evaluator's scores: saved one at a time as they go, each on the tender's scale with a
 * justification, then submitted together once complete, after which they are locked (only the
 * chair reopens them, consensus.ts). Events say that a score was saved, never its value: until
 * the consensus is complete the procurement lead and administrators must not learn scores, so the
 * submission records a digest of the scores, and the consensus's completion the scores
 * themselves, so the trail proves what was submitted.
 */
type AuditEntry = Omit<AuditEventInput, "actor" | "organisationId">;

const REFUSAL_CODES: Record<ScoringRefusal, AppErrorCode> = {
  alreadySubmitted: "CONFLICT",
  deadlinePassed: "INVALID_STATE",
  consensusComplete: "INVALID_STATE",
  notEvaluator: "FORBIDDEN",
};

/** The member, if they may change or submit their scores now; else the reason, in words. */
function scoringMember(context: EvaluationContext): PanelMember {
  const { panel, me } = requireMember(context);
  if (!context.opened) throw new AppError("INVALID_STATE", "errors.bidsSealed");
  const refusal = scoringRefusal(me, {
    deadline: panel.scoringDeadline,
    today: context.today,
    consensusComplete: panel.consensusCompletedAt !== null,
  });
  if (refusal) throw new AppError(REFUSAL_CODES[refusal], `errors.evaluation.scoring.${refusal}`);
  return me;
}

/** A score off the tender's scale (0–5 or 0–10) is refused on the score field. */
export function requireScoreOnScale(score: number, max: number) {
  if (!isScoreOnScale(score, max)) {
    throw new AppError("VALIDATION", messageRef("validation.evaluation.scoreOffScale", { max }), "score");
  }
}

/**
 * An openness criterion the tender computes automatically takes no score, from an evaluator or
 * the chair: its points follow from the bid by the published rule.
 */
export function refuseAutomaticCriterion(context: EvaluationContext, criterionKey: string): void {
  if (context.automaticCriteria.some((criterion) => criterion.key === criterionKey)) {
    throw new AppError("VALIDATION", "validation.evaluation.criterionAutomatic", "criterionKey");
  }
}

export async function saveScore(
  tx: DbTransaction,
  viewer: Viewer,
  input: ScoreOutput,
  now = new Date(),
): Promise<{ version: number; event: AuditEntry }> {
  const context = await lockedEvaluationContext(tx, viewer, input.tenderId, now);
  const me = scoringMember(context);
  refuseAutomaticCriterion(context, input.criterionKey);
  if (!context.criteria.some((criterion) => criterion.key === input.criterionKey)) {
    throw new AppError("VALIDATION", "validation.evaluation.criterionUnknown", "criterionKey");
  }
  // Declaration, conflicts and withdrawn bids: bid-access decides, with its own words.
  const bid = await readOpenedBid(tx, viewer, input.tenderId, input.bidId);
  requireScoreOnScale(input.score, context.scale.max);
  const key = { memberId: me.id, bidId: bid.id, criterionKey: input.criterionKey };
  const existing = await tx.evaluatorScore.findUnique({
    where: { memberId_bidId_criterionKey: key },
    select: { id: true, version: true },
  });
  if ((existing?.version ?? null) !== input.version) {
    throw new AppError("CONFLICT", "errors.evaluation.scoreChangedMeanwhile");
  }
  const data = { score: input.score, justification: input.justification };
  const saved = existing
    ? await tx.evaluatorScore.update({
        where: { id: existing.id },
        data: { ...data, version: { increment: 1 } },
        select: { version: true },
      })
    : await tx.evaluatorScore.create({ data: { ...key, ...data }, select: { version: true } });
  return {
    version: saved.version,
    event: {
      action: "evaluation.score_saved",
      entityType: "Tender",
      entityId: input.tenderId,
      after: {
        member: me.email,
        receiptNumber: bid.receiptNumber,
        criterionKey: input.criterionKey,
        version: saved.version,
      },
    },
  };
}

export async function submitScores(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; version: number },
  now = new Date(),
): Promise<AuditEntry> {
  const context = await lockedEvaluationContext(tx, viewer, input.tenderId, now);
  const me = scoringMember(context);
  if (me.version !== input.version) throw new AppError("CONFLICT", "errors.evaluation.memberChangedMeanwhile");
  const bids = await readOpenedBids(tx, viewer, input.tenderId);
  const expected = expectedScores(me, bids, context.criteria);
  if (expected.length === 0) throw new AppError("INVALID_STATE", "errors.evaluation.scoring.nothingToScore");
  const scores = await readOwnScores(tx, context);
  const { missing } = scoringProgress(expected, scores);
  if (missing.length > 0) {
    throw new AppError("INVALID_STATE", messageRef("errors.evaluation.scoring.incomplete", { count: missing.length }));
  }
  const updated = await tx.panelMember.updateMany({
    where: { id: me.id, version: me.version, submittedAt: null },
    data: { submittedAt: now, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "errors.evaluation.memberChangedMeanwhile");
  const counted = scores.filter((score) =>
    expected.some((key) => key.bidId === score.bidId && key.criterionKey === score.criterionKey),
  );
  return {
    action: "evaluation.scores_submitted",
    entityType: "Tender",
    entityId: input.tenderId,
    after: {
      member: me.email,
      submittedAt: now.toISOString(),
      scoreCount: counted.length,
      digest: scoresDigest(counted),
    },
  };
}

/**
 * A fingerprint of a set of scores (bid, criterion, score, justification), independent of their
 * order: the submission's event holds it, the completion's event the scores, so anyone can check
 * that what counted is what was submitted.
 */
export function scoresDigest(
  scores: readonly Pick<VisibleScore, "bidId" | "criterionKey" | "score" | "justification">[],
) {
  const rows = scores
    .map((score) => [score.bidId, score.criterionKey, score.score, score.justification] as const)
    .sort((a, b) => (a[0] + " " + a[1] < b[0] + " " + b[1] ? -1 : 1));
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}
