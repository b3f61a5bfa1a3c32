import {
  flattenCriteria,
  isAutomaticOpenness,
  isScaleScored,
  type CriteriaTree,
  type Criterion,
} from "@/lib/domain/tender/criteria-tree";
import type { IsoDate } from "@/lib/domain/tender/calendar-date";
import { evaluatesLot, type PanelMemberState } from "./panel-model";

/**
 * What an evaluator scores and when they may change it (decisions.md "Quality scoring"): every
 * QUALITY and OPENNESS leaf of the criteria tree (except the openness leaves the tender computes
 * automatically), for every opened bid of the lots they evaluate,
 * on the tender's scale, each with a written justification; until they submit, and never after
 * the panel's scoring deadline or once the consensus is complete.
 */
export const MAX_JUSTIFICATION_LENGTH = 4_000;

export type ScoredCriterion = { key: string; name: string; description: string; parentName: string | null };

/** The leaves evaluators score, in the tree's order, with the name of their parent criterion. */
export function scoredCriteria(tree: CriteriaTree): ScoredCriterion[] {
  return leavesWhere(tree, isScaleScored);
}

/**
 * The openness leaves the tender computes automatically from licences and open standards: nobody
 * scores them (the scoring and consensus pages show their figures instead).
 */
export function automaticCriteria(tree: CriteriaTree): ScoredCriterion[] {
  return leavesWhere(tree, isAutomaticOpenness);
}

function leavesWhere(tree: CriteriaTree, keep: (criterion: Criterion) => boolean): ScoredCriterion[] {
  const names = new Map<string, string>();
  return flattenCriteria(tree).flatMap(({ criterion, path }) => {
    names.set(path, criterion.name);
    if (!keep(criterion)) return [];
    const parentPath = path.replace(/\.children\.\d+$/, "");
    return [
      {
        key: criterion.key,
        name: criterion.name,
        description: criterion.description ?? "",
        parentName: parentPath === path ? null : (names.get(parentPath) ?? null),
      },
    ];
  });
}

/** A whole score from 0 to the scale's maximum. */
export function isScoreOnScale(score: number, scaleMax: number): boolean {
  return Number.isInteger(score) && score >= 0 && score <= scaleMax;
}

/** The deadline day itself is still open (Brussels calendar day, as the opening counts days). */
export function scoringDeadlinePassed(deadline: IsoDate | null, today: IsoDate): boolean {
  return deadline !== null && today > deadline;
}

export type ScoringRefusal = "alreadySubmitted" | "deadlinePassed" | "consensusComplete" | "notEvaluator";

/** Why the member may not change or submit their scores now; null when they may. */
export function scoringRefusal(
  member: Pick<PanelMemberState, "role" | "removedAt" | "submittedAt">,
  context: { deadline: IsoDate | null; today: IsoDate; consensusComplete: boolean },
): ScoringRefusal | null {
  if (member.role !== "EVALUATOR" || member.removedAt !== null) return "notEvaluator";
  if (context.consensusComplete) return "consensusComplete";
  if (member.submittedAt !== null) return "alreadySubmitted";
  if (scoringDeadlinePassed(context.deadline, context.today)) return "deadlinePassed";
  return null;
}

export type ScoreKey = { bidId: string; criterionKey: string };

/** Every (bid, criterion) the member must score: the bids of the lots they evaluate × the scored leaves. */
export function expectedScores(
  member: Pick<PanelMemberState, "removedAt" | "excludedLotKeys">,
  bids: readonly { id: string; lotKey: string | null }[],
  criteria: readonly { key: string }[],
): ScoreKey[] {
  return bids
    .filter((bid) => evaluatesLot(member, bid.lotKey))
    .flatMap((bid) => criteria.map((criterion) => ({ bidId: bid.id, criterionKey: criterion.key })));
}

export type ScoringProgress = { done: number; total: number; missing: ScoreKey[] };

/** How many of the expected scores are saved with a justification, and which are still missing. */
export function scoringProgress(
  expected: readonly ScoreKey[],
  saved: readonly (ScoreKey & { justification: string })[],
): ScoringProgress {
  const complete = new Set(
    saved.filter((score) => score.justification.trim() !== "").map((score) => `${score.bidId} ${score.criterionKey}`),
  );
  const missing = expected.filter((key) => !complete.has(`${key.bidId} ${key.criterionKey}`));
  return { done: expected.length - missing.length, total: expected.length, missing };
}
