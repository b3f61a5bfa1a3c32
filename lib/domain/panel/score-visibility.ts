/**
 * Who may see an evaluator's scores (issue 6): each evaluator scores independently, so
 *
 * - an evaluator sees their own scores, and nobody else's;
 * - the chair sees an evaluator's scores once that evaluator has submitted them (not before, and
 *   not again after reopening until they are submitted again);
 * - the procurement lead sees submitted scores once the consensus is complete (for the ranking
 *   and the award report), never before;
 * - nobody else sees any, and nobody at all sees scores that are not submitted, but their author.
 *
 * lib/server/evaluation/score-access.ts applies this to every score it reads.
 */
export type ScoreViewer = {
  /** The viewer's panel membership on this tender, if any. */
  memberId: string | null;
  /** An active chair whose declaration is complete. */
  isChair: boolean;
  /** Holds `panel.manage` in the tender's organisation. */
  managesPanel: boolean;
};

export type ScoreAuthor = { memberId: string; submitted: boolean };

export function maySeeScores(viewer: ScoreViewer, author: ScoreAuthor, panel: { consensusComplete: boolean }): boolean {
  if (viewer.memberId !== null && viewer.memberId === author.memberId) return true;
  if (!author.submitted) return false;
  if (viewer.isChair) return true;
  return viewer.managesPanel && panel.consensusComplete;
}
