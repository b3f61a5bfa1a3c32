import "server-only";
import { maySeeScores, type ScoreViewer } from "@/lib/domain/panel/score-visibility";
import type { DbClient } from "@/lib/server/db";
import type { EvaluationContext, Panel } from "./evaluation-context";

/**
 * The one way to read evaluators' scores and the chair's consensus scores. Every page, action,
 * route and export reads them here, and gets only what lib/domain/panel/score-visibility.ts lets
 * the viewer see: their own scores; as chair, those of evaluators who have submitted; as
 * procurement lead, submitted scores once the consensus is complete. Scores nobody may see are
 * never loaded at all: the query asks only for the members whose scores may be shown. The two
 * reads for the ranking (readScoresForRanking, readConsensusForRanking) load nothing before the
 * consensus is complete; after it, the ranking's figures are the panel's too, the scores
 * themselves are not (result-access.ts; docs/evaluation-panel.md "Who sees what, when").
 * SECURITY: change only with a second reviewer.
 */
export type VisibleScore = {
  memberId: string;
  bidId: string;
  criterionKey: string;
  score: number;
  justification: string;
  version: number;
  updatedAt: Date;
};

export type ConsensusRecord = {
  bidId: string;
  criterionKey: string;
  score: number;
  rationale: string;
  recordedById: string;
  version: number;
  updatedAt: Date;
};

/** How the score rules see this viewer on this tender. */
export function scoreViewerOf(context: EvaluationContext): ScoreViewer {
  const { me } = context;
  return {
    memberId: me && me.stage !== "REMOVED" ? me.id : null,
    isChair: me !== null && me.role === "CHAIR" && me.stage === "COMPLETE",
    managesPanel: context.managesPanel,
  };
}

/** The members whose scores this viewer may see. */
export function visibleMemberIds(context: EvaluationContext): string[] {
  const { panel } = context;
  if (!panel) return [];
  const viewer = scoreViewerOf(context);
  const closed = { consensusComplete: panel.consensusCompletedAt !== null };
  return panel.members
    .filter((member) => maySeeScores(viewer, { memberId: member.id, submitted: member.submittedAt !== null }, closed))
    .map((member) => member.id);
}

/** Every score the viewer may see on the tender (their own, or, for the chair, the submitted ones). */
export async function readVisibleScores(db: DbClient, context: EvaluationContext): Promise<VisibleScore[]> {
  const memberIds = visibleMemberIds(context);
  if (memberIds.length === 0) return [];
  return db.evaluatorScore.findMany({
    where: { memberId: { in: memberIds }, member: { panelId: context.panel!.id } },
    select: {
      memberId: true,
      bidId: true,
      criterionKey: true,
      score: true,
      justification: true,
      version: true,
      updatedAt: true,
    },
    orderBy: [{ bidId: "asc" }, { criterionKey: "asc" }],
  });
}

/** The viewer's own scores only (the scoring page). */
export async function readOwnScores(db: DbClient, context: EvaluationContext): Promise<VisibleScore[]> {
  const own = scoreViewerOf(context).memberId;
  if (own === null) return [];
  return (await readVisibleScores(db, context)).filter((score) => score.memberId === own);
}

/** Whether the viewer may read the consensus scores: the chair, and the procurement lead once complete. */
export function maySeeConsensus(context: EvaluationContext, panel: Panel): boolean {
  const viewer = scoreViewerOf(context);
  return viewer.isChair || (viewer.managesPanel && panel.consensusCompletedAt !== null);
}

export async function readConsensusScores(db: DbClient, context: EvaluationContext): Promise<ConsensusRecord[]> {
  const { panel } = context;
  if (!panel || !maySeeConsensus(context, panel)) return [];
  return db.consensusScore.findMany({
    where: { tenderId: context.tender.id },
    select: {
      bidId: true,
      criterionKey: true,
      score: true,
      rationale: true,
      recordedById: true,
      version: true,
      updatedAt: true,
    },
  });
}

/**
 * The submitted scores of the panel's members still on it, once the consensus is complete: what
 * the ranking is computed from (lib/server/evaluation/load-evaluation.ts). The whole panel and the
 * procurement lead then see what is derived from them (final scores, points, the ranking); the
 * scores themselves stay maySeeScores' decision: only the lead and the chair get the award report
 * and the evaluation file, which list them (result-access.ts). Nothing before completion.
 */
export async function readScoresForRanking(
  db: DbClient,
  panel: {
    id: string;
    consensusCompletedAt: Date | null;
    members: readonly { id: string; submittedAt: Date | null; removedAt: Date | null }[];
  },
): Promise<VisibleScore[]> {
  if (panel.consensusCompletedAt === null) return [];
  const counted = panel.members.filter((member) => member.submittedAt !== null && member.removedAt === null);
  if (counted.length === 0) return [];
  return db.evaluatorScore.findMany({
    where: { memberId: { in: counted.map((member) => member.id) }, member: { panelId: panel.id } },
    select: { memberId: true, bidId: true, criterionKey: true, score: true, justification: true, version: true, updatedAt: true }, // prettier-ignore
    orderBy: [{ bidId: "asc" }, { criterionKey: "asc" }],
  });
}

/**
 * The chair's consensus scores the ranking rests on, once the consensus is complete: like
 * readScoresForRanking, nothing before, whoever asks (load-evaluation.ts decides who sees what is
 * derived from them).
 */
export async function readConsensusForRanking(
  db: DbClient,
  panel: { consensusCompletedAt: Date | null },
  tenderId: string,
): Promise<Pick<ConsensusRecord, "bidId" | "criterionKey" | "score" | "rationale">[]> {
  if (panel.consensusCompletedAt === null) return [];
  return db.consensusScore.findMany({
    where: { tenderId },
    select: { bidId: true, criterionKey: true, score: true, rationale: true },
  });
}
