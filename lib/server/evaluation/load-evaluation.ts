import "server-only";
import { createHash } from "node:crypto";
import { evaluationInputFromRecords } from "@/lib/domain/award/evaluation-records";
import { standardRequirements } from "@/lib/domain/clauses/required-standards";
import { evaluateTender } from "@/lib/domain/evaluation/evaluate-tender";
import type { EvaluationInput } from "@/lib/domain/evaluation/evaluation-input";
import type { EvaluationResult } from "@/lib/domain/evaluation/evaluation-result";
import { tenderOutboundLicence } from "@/lib/domain/licences";
import type { Problem } from "@/lib/domain/tender/problem";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { readOpenedBids } from "@/lib/server/bids/bid-access";
import { getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import type { DbClient } from "@/lib/server/db";
import { readAwardDecisions, type AwardDecisionView } from "./award-decisions";
import { readConsensusForRanking, readScoresForRanking } from "./score-access";
import { readResultContext, type PanelRow, type ResultContext } from "./result-access";

/**
 * A tender's evaluation as the app ranks it: the published award criteria and sovereignty
 * profile, the opened bids (read through bid-access.ts, the one read path), the panel's submitted
 * scores and the chair's consensus, turned into the evaluation's input and handed to the pure
 * `evaluateTender` of lib/domain/evaluation, the same function `tender-commons evaluate` runs on
 * the exported file. Nothing is read from the scores before the evaluation is complete
 * (evaluation-context.ts), so no page, action or export derived from here can reveal a score
 * before its time.
 */
export type Evaluated = ResultContext & {
  input: EvaluationInput;
  result: EvaluationResult;
  /** SHA-256 of the input: the award form carries it, so a decision rests on the ranking its author saw. */
  fingerprint: string;
  decisions: AwardDecisionView[];
};

export type LoadedEvaluation =
  { ready: true; evaluation: Evaluated } | { ready: false; context: ResultContext; problems: Problem[] };

export async function loadEvaluation(db: DbClient, viewer: Viewer, tenderId: string): Promise<LoadedEvaluation> {
  const context = await readResultContext(db, viewer, tenderId);
  const { tender, panel } = context;
  if (context.readiness.kind !== "READY" || !panel) return { ready: false, context, problems: [] };
  if (!tender.award) {
    return { ready: false, context, problems: [{ code: "evaluation.noAwardCriteria", severity: "error" }] };
  }

  const [bids, scores, consensus, definitions, decisions] = await Promise.all([
    readOpenedBids(db, viewer, tender.id),
    readSubmittedScores(db, panel),
    readConsensusForRanking(db, panel, tender.id),
    getChosenClauseVersions(db, tender.clauses),
    readAwardDecisions(db, tender.id),
  ]);
  // Completing the consensus ends blind mode and the withholding of prices for the whole panel;
  // a bid still read under either would be ranked on the wrong data, so nothing is ranked.
  if (bids.some((bid) => bid.pricesHidden || bid.blindLabel !== null)) {
    return { ready: false, context: { ...context, readiness: { kind: "CONSENSUS_PENDING" } }, problems: [] };
  }
  // A member reads nothing of a lot they declared a conflict on (bid-access.ts left its bids
  // out): their evaluation holds the other lots only, each evaluated as it is for everyone.
  const excluded = panel.members.find((member) => member.userId === viewer.userId)?.excludedLotKeys ?? [];
  const input = evaluationInputFromRecords({
    award: tender.award,
    sovereignty: tender.sovereignty,
    lots: tender.lots.filter((lot) => context.role === "LEAD" || !excluded.includes(lot.key)),
    internalCosts: tender.internalCosts,
    outboundLicence: tenderOutboundLicence(tender.clauses).licenceId,
    standardRequirements: standardRequirements(tender.clauses, definitions),
    disagreementThresholdPercent: panel.disagreementThresholdPercent,
    members: panel.members
      .filter((member) => !member.removedAt)
      .map((member) => ({
        userId: member.userId,
        name: member.user.name,
        isChair: member.panelRole === "CHAIR",
        excludedLotKeys: member.excludedLotKeys,
      })),
    bids,
    scores,
    consensus,
  });
  const evaluation = evaluateTender(input);
  if (!evaluation.ok) return { ready: false, context, problems: evaluation.problems };
  return {
    ready: true,
    evaluation: { ...context, input, result: evaluation.result, fingerprint: fingerprintOf(input), decisions },
  };
}

/**
 * The evaluation, or an error the route handlers and actions report: INVALID_STATE with the
 * reason while it is not complete.
 */
export async function requireEvaluationResult(db: DbClient, viewer: Viewer, tenderId: string): Promise<Evaluated> {
  const loaded = await loadEvaluation(db, viewer, tenderId);
  if (loaded.ready) return loaded.evaluation;
  const kind = loaded.context.readiness.kind;
  throw new AppError("INVALID_STATE", `errors.evaluationNotReady.${kind === "READY" ? "INCOMPLETE" : kind}`);
}

/** The scores the ranking rests on (score-access.ts, the one read path of scores), by user. */
async function readSubmittedScores(db: DbClient, panel: PanelRow) {
  const rows = await readScoresForRanking(db, panel);
  const userOf = new Map(panel.members.map((member) => [member.id, member.userId]));
  return rows.map(({ memberId, bidId, criterionKey, score, justification }) => ({
    userId: userOf.get(memberId)!,
    bidId,
    criterionKey,
    score,
    justification,
  }));
}

/** The same input gives the same fingerprint: JSON of plain data in a fixed order. */
export function fingerprintOf(input: EvaluationInput): string {
  return createHash("sha256").update(JSON.stringify(input)).digest("hex");
}
