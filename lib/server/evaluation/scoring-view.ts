import "server-only";
import {
  expectedScores,
  scoringProgress,
  scoringRefusal,
  type ScoringProgress,
  type ScoringRefusal,
} from "@/lib/domain/panel/scoring-rules";
import type { Viewer } from "@/lib/server/auth/viewer";
import { readOpenedBids, type OpenedBid } from "@/lib/server/bids/bid-access";
import type { DbClient } from "@/lib/server/db";
import type { AutomaticOpennessView } from "@/lib/domain/evaluation/evaluation-view";
import { readAutomaticOpenness } from "./automatic-openness";
import { loadEvaluationContext, requireMember, type EvaluationContext, type PanelMember } from "./evaluation-context";
import { readOwnScores, type VisibleScore } from "./score-access";

/**
 * The scoring page's data for an evaluator: the bids they evaluate (through bid-access.ts, so
 * without prices or names when the panel says so), their own scores and nothing else
 * (score-access.ts), their progress, and whether they may still change them.
 */
export type ScoringView = {
  context: EvaluationContext;
  me: PanelMember;
  /** Empty until the declaration is complete (bid-access refuses every bid before). */
  bids: OpenedBid[];
  scores: VisibleScore[];
  /** Per bid, the figures of the openness criteria the tender computes automatically. */
  automatic: Map<string, AutomaticOpennessView[]>;
  progress: ScoringProgress;
  /** Why the evaluator cannot change their scores now; null when they can. */
  refusal: ScoringRefusal | null;
};

export async function readScoringView(db: DbClient, viewer: Viewer, tenderId: string): Promise<ScoringView> {
  const context = await loadEvaluationContext(db, viewer, tenderId);
  const { panel, me } = requireMember(context);
  const ready = context.opened && me.role === "EVALUATOR" && me.stage === "COMPLETE";
  const [bids, scores] = await Promise.all([
    ready ? readOpenedBids(db, viewer, tenderId) : Promise.resolve([]),
    readOwnScores(db, context),
  ]);
  return {
    context,
    me,
    bids,
    scores,
    automatic: await readAutomaticOpenness(db, context, bids),
    progress: scoringProgress(expectedScores(me, bids, context.criteria), scores),
    refusal: scoringRefusal(me, {
      deadline: panel.scoringDeadline,
      today: context.today,
      consensusComplete: panel.consensusCompletedAt !== null,
    }),
  };
}
