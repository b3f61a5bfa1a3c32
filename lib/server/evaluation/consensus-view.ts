import "server-only";
import { summariseScores, type ScoreSummary } from "@/lib/domain/evaluation/final-scores";
import {
  activeEvaluatorCount,
  completionRefusal,
  consensusRecordingRefusal,
  lotsWithoutEvaluator,
  missingConsensus,
  pendingEvaluators,
  type CompletionRefusal,
  type ConsensusRefusal,
} from "@/lib/domain/panel/consensus-rules";
import { evaluatesLot } from "@/lib/domain/panel/panel-model";
import type { ScoreKey } from "@/lib/domain/panel/scoring-rules";
import type { AutomaticOpennessView } from "@/lib/domain/evaluation/evaluation-view";
import type { Viewer } from "@/lib/server/auth/viewer";
import { readOpenedBids, type OpenedBid } from "@/lib/server/bids/bid-access";
import type { DbClient } from "@/lib/server/db";
import { readAutomaticOpenness } from "./automatic-openness";
import { loadEvaluationContext, requireChair, type EvaluationContext, type PanelMember } from "./evaluation-context";
import { readConsensusScores, readVisibleScores, type ConsensusRecord } from "./score-access";

/**
 * What the chair moderates: per bid and scored criterion, every submitted evaluator's score with
 * their justification, the spread and whether it reaches the panel's disagreement threshold
 * (lib/domain/evaluation/final-scores.ts), the mean, and the consensus recorded so far. Scores
 * come from score-access.ts, so the chair never sees a score that is not submitted.
 */
export type ConsensusCell = {
  criterionKey: string;
  evaluations: { memberId: string; name: string; score: number; justification: string }[];
  /** How many evaluators score this bid (active, not excluded from its lot). */
  expectedEvaluators: number;
  summary: ScoreSummary;
  consensus: ConsensusRecord | null;
};

/** `automatic`: the figures of the openness criteria the tender computes automatically, which nobody scores. */
export type ConsensusBid = { bid: OpenedBid; cells: ConsensusCell[]; automatic: AutomaticOpennessView[] };

export type ConsensusView = {
  context: EvaluationContext;
  chair: PanelMember;
  evaluators: PanelMember[];
  /** Evaluators the consensus waits for: expected to score, not submitted yet. */
  pending: PanelMember[];
  /**
   * Active evaluators excluded by conflict from every lot that has bids: nothing to score, so not
   * expected to score and not waited for (lib/domain/panel/consensus-rules.ts).
   */
  notExpected: PanelMember[];
  bids: ConsensusBid[];
  /** Why the chair cannot record a consensus score now; null when they can. */
  recordingRefusal: ConsensusRefusal | null;
  /** Why the consensus cannot be completed yet; null when it can. */
  completionRefusal: CompletionRefusal | null;
  missing: ScoreKey[];
};

export async function readConsensusView(db: DbClient, viewer: Viewer, tenderId: string): Promise<ConsensusView> {
  const context = await loadEvaluationContext(db, viewer, tenderId);
  return consensusViewOf(db, context);
}

/** The same view from a context already loaded (the actions check against it in their transaction). */
export async function consensusViewOf(db: DbClient, context: EvaluationContext): Promise<ConsensusView> {
  const { panel, me: chair } = requireChair(context);
  const evaluators = panel.members.filter((member) => member.role === "EVALUATOR");
  const pending = pendingEvaluators(evaluators, panel.bidLotKeys);
  const notExpected = evaluators.filter(
    (member) => member.removedAt === null && !member.expectedToScore && member.excludedLotKeys.length > 0,
  );
  const consensusComplete = panel.consensusCompletedAt !== null;
  const [bids, scores, consensus] = await Promise.all([
    context.opened ? readOpenedBids(db, context.viewer, context.tender.id) : Promise.resolve([]),
    readVisibleScores(db, context),
    readConsensusScores(db, context),
  ]);
  const automatic = await readAutomaticOpenness(db, context, bids);
  const nameOf = (memberId: string) => evaluators.find((member) => member.id === memberId)?.name ?? "";
  const order = (memberId: string) => evaluators.findIndex((member) => member.id === memberId);
  const view = bids.map((bid) => {
    const expectedEvaluators = evaluators.filter((member) => evaluatesLot(member, bid.lotKey)).length;
    const cells = context.criteria.map((criterion): ConsensusCell => {
      const evaluations = scores
        .filter((score) => score.bidId === bid.id && score.criterionKey === criterion.key)
        .filter((score) => evaluators.some((member) => member.id === score.memberId && member.submittedAt !== null))
        .sort((a, b) => order(a.memberId) - order(b.memberId))
        .map((score) => ({
          memberId: score.memberId,
          name: nameOf(score.memberId),
          score: score.score,
          justification: score.justification,
        }));
      const recorded =
        consensus.find((record) => record.bidId === bid.id && record.criterionKey === criterion.key) ?? null;
      return {
        criterionKey: criterion.key,
        evaluations,
        expectedEvaluators,
        summary: summariseScores(
          evaluations.map((evaluation) => evaluation.score),
          recorded?.score ?? null,
          context.aggregation,
          context.scale.max,
          panel.disagreementThresholdPercent,
        ),
        consensus: recorded,
      };
    });
    return { bid, cells, automatic: automatic.get(bid.id) ?? [] };
  });
  const expected = bids.flatMap((bid) =>
    context.criteria.map((criterion) => ({ bidId: bid.id, criterionKey: criterion.key })),
  );
  const missing = missingConsensus(expected, consensus);
  return {
    context,
    chair,
    evaluators,
    pending,
    notExpected,
    bids: view,
    recordingRefusal: consensusRecordingRefusal({
      aggregation: context.aggregation,
      pendingCount: pending.length,
      consensusComplete,
    }),
    completionRefusal: completionRefusal({
      aggregation: context.aggregation,
      activeEvaluators: activeEvaluatorCount(evaluators),
      lotsWithoutEvaluator: lotsWithoutEvaluator(evaluators, panel.bidLotKeys).length,
      pendingCount: pending.length,
      consensusComplete,
      missingConsensus: missing,
    }),
    missing,
  };
}
