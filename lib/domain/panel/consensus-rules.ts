import type { ScoreAggregation } from "@/lib/domain/tender/criteria-tree";
import type { ScoreKey } from "./scoring-rules";
import { evaluatesLot, type PanelMemberState } from "./panel-model";

/**
 * When the chair may record the consensus and close it (decisions.md "Quality scoring"): only
 * once every active evaluator has submitted, so the chair never moderates a partial picture and
 * never learns a score early. With CONSENSUS every scored criterion of every bid needs the
 * chair's score and rationale; with MEAN the arithmetic mean applies and the chair only closes.
 */
export type ConsensusRefusal = "notChair" | "waitingForSubmissions" | "consensusComplete" | "meanApplies";

type ScoringMember = Pick<PanelMemberState, "role" | "removedAt" | "excludedLotKeys">;

/**
 * An evaluator is expected to score when at least one bid of the tender is in a lot they still
 * evaluate. `bidLotKeys` are the lots of the tender's bids that were not withdrawn (null for a
 * tender without lots). An evaluator whose declared conflicts exclude them from every lot that has
 * bids has nothing to score, cannot submit ("nothing to score"), and is therefore not waited for:
 * they are listed as not expected to score, never as pending, and nothing is submitted in their
 * name.
 */
export function expectedToScore(member: ScoringMember, bidLotKeys: readonly (string | null)[]): boolean {
  return member.role === "EVALUATOR" && bidLotKeys.some((lotKey) => evaluatesLot(member, lotKey));
}

/** The evaluators the consensus waits for: expected to score, not submitted yet. */
export function pendingEvaluators<Member extends ScoringMember & Pick<PanelMemberState, "submittedAt">>(
  members: readonly Member[],
  bidLotKeys: readonly (string | null)[],
): Member[] {
  return members.filter((member) => expectedToScore(member, bidLotKeys) && !member.submittedAt);
}

/**
 * The lots that have bids but no evaluator left to score them (every evaluator declared a
 * conflict there, or left the panel): null stands for a tender without lots. Their bids would be
 * ranked on no evaluator's score, so the consensus cannot be completed while there is one.
 */
export function lotsWithoutEvaluator(
  members: readonly ScoringMember[],
  bidLotKeys: readonly (string | null)[],
): (string | null)[] {
  const lots = [...new Set(bidLotKeys)];
  return lots.filter(
    (lotKey) => !members.some((member) => member.role === "EVALUATOR" && evaluatesLot(member, lotKey)),
  );
}

export function activeEvaluatorCount(members: readonly Pick<PanelMemberState, "role" | "removedAt">[]): number {
  return members.filter((member) => member.role === "EVALUATOR" && member.removedAt === null).length;
}

/** Why the chair may not record a consensus score now; null when they may. */
export function consensusRecordingRefusal(context: {
  aggregation: ScoreAggregation;
  pendingCount: number;
  consensusComplete: boolean;
}): ConsensusRefusal | null {
  if (context.consensusComplete) return "consensusComplete";
  if (context.aggregation === "MEAN") return "meanApplies";
  if (context.pendingCount > 0) return "waitingForSubmissions";
  return null;
}

export type CompletionRefusal =
  "consensusComplete" | "waitingForSubmissions" | "consensusMissing" | "noEvaluators" | "lotWithoutEvaluators";

/** Why the consensus cannot be closed yet; null when it can. */
export function completionRefusal(context: {
  aggregation: ScoreAggregation;
  activeEvaluators: number;
  /** Lots with bids that no evaluator scores (lotsWithoutEvaluator). */
  lotsWithoutEvaluator: number;
  pendingCount: number;
  consensusComplete: boolean;
  /** Scored criteria of bids without a consensus score yet (CONSENSUS only). */
  missingConsensus: readonly ScoreKey[];
}): CompletionRefusal | null {
  if (context.consensusComplete) return "consensusComplete";
  if (context.activeEvaluators === 0) return "noEvaluators";
  if (context.lotsWithoutEvaluator > 0) return "lotWithoutEvaluators";
  if (context.pendingCount > 0) return "waitingForSubmissions";
  if (context.aggregation === "CONSENSUS" && context.missingConsensus.length > 0) return "consensusMissing";
  return null;
}

/** The expected (bid, criterion) pairs that have no consensus score yet. */
export function missingConsensus(expected: readonly ScoreKey[], recorded: readonly ScoreKey[]): ScoreKey[] {
  const done = new Set(recorded.map((key) => `${key.bidId} ${key.criterionKey}`));
  return expected.filter((key) => !done.has(`${key.bidId} ${key.criterionKey}`));
}

export type ReopenRefusal = "notChair" | "notSubmitted" | "consensusComplete";

export function reopenRefusal(
  target: Pick<PanelMemberState, "role" | "removedAt" | "submittedAt">,
  consensusComplete: boolean,
): ReopenRefusal | null {
  if (consensusComplete) return "consensusComplete";
  if (target.role !== "EVALUATOR" || target.removedAt !== null || target.submittedAt === null) return "notSubmitted";
  return null;
}

export const MAX_RATIONALE_LENGTH = 4_000;
export const MAX_REOPEN_REASON_LENGTH = 2_000;
