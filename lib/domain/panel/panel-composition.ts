import type { IsoDate } from "@/lib/domain/tender/calendar-date";
import type { PanelSettings } from "./panel-model";

/**
 * The rules for setting up a panel. One chair, who moderates and does not score, and at least two
 * evaluators, so that scores are given independently by more than one person (the four-eyes
 * principle the opening follows too); nobody is both. Everything is locked once the first score
 * has been saved, so nobody changes who scores, or what they see, mid-way; only the scoring
 * deadline may still move (it is often extended), until the consensus is complete, and a new
 * chair may be appointed when the chair stepped down after declaring a conflict.
 */
export const MIN_EVALUATORS = 2;
export const MAX_EVALUATORS = 20;
export const MIN_THRESHOLD_PERCENT = 1;
export const MAX_THRESHOLD_PERCENT = 100;

export type PanelComposition = { chairUserId: string; evaluatorUserIds: readonly string[] };

export type CompositionProblem = "chairRequired" | "tooFewEvaluators" | "tooManyEvaluators" | "chairIsEvaluator";

export function compositionProblems(composition: PanelComposition): CompositionProblem[] {
  const problems: CompositionProblem[] = [];
  const evaluators = new Set(composition.evaluatorUserIds);
  if (composition.chairUserId === "") problems.push("chairRequired");
  if (evaluators.has(composition.chairUserId)) problems.push("chairIsEvaluator");
  const count = [...evaluators].filter((id) => id !== composition.chairUserId).length;
  if (count < MIN_EVALUATORS) problems.push("tooFewEvaluators");
  if (count > MAX_EVALUATORS) problems.push("tooManyEvaluators");
  return problems;
}

/** A deadline before today would refuse every score at once. */
export function deadlineInPast(deadline: IsoDate | null, today: IsoDate): boolean {
  return deadline !== null && deadline < today;
}

export type PanelChange = {
  before: PanelComposition & PanelSettings;
  after: PanelComposition & PanelSettings;
};

export type LockedChange = "members" | "settings" | "everything";

/**
 * What a save may not change, given how far the evaluation has gone; null when it may go ahead.
 * `chairWithdrew`: the chair stepped down after a conflict, so appointing a new one is allowed.
 */
export function lockedChange(
  change: PanelChange,
  state: { scoringStarted: boolean; consensusComplete: boolean; chairWithdrew: boolean },
): LockedChange | null {
  const { before, after } = change;
  const sameEvaluators =
    [...new Set(before.evaluatorUserIds)].sort().join(" ") === [...new Set(after.evaluatorUserIds)].sort().join(" ");
  const sameChair = before.chairUserId === after.chairUserId;
  const sameSettings =
    before.pricesHiddenUntilSubmitted === after.pricesHiddenUntilSubmitted &&
    before.blindMode === after.blindMode &&
    before.disagreementThresholdPercent === after.disagreementThresholdPercent;
  const sameDeadline = before.scoringDeadline === after.scoringDeadline;
  if (state.consensusComplete) {
    return sameEvaluators && sameChair && sameSettings && sameDeadline ? null : "everything";
  }
  if (!state.scoringStarted) return null;
  if (!sameEvaluators || (!sameChair && !state.chairWithdrew)) return "members";
  if (!sameSettings) return "settings";
  return null;
}
