import "server-only";
import { checkAwardChoice } from "@/lib/domain/award/award-choice";
import { toExactJson } from "@/lib/domain/award/exact-json";
import { standstillEndsOn } from "@/lib/domain/award/standstill";
import { EVALUATION_METHOD_VERSION } from "@/lib/domain/evaluation/evaluation-input";
import type { LotEvaluation } from "@/lib/domain/evaluation/evaluation-result";
import { toExactText } from "@/lib/domain/rational";
import type { IsoDate } from "@/lib/domain/tender/calendar-date";
import { AppError } from "@/lib/errors";
import type { z } from "zod";
import type { awardDecisionSchema } from "@/lib/schemas/award";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { moveTenderByProcedure, type TenderAuditEntry } from "@/lib/server/tenders/change-tender-status";
import { requireEvaluationResult, type Evaluated } from "./load-evaluation";

export type AwardDecisionValues = z.output<typeof awardDecisionSchema>;

export type RecordedAward = {
  decisionId: string;
  standstillEndsOn: IsoDate;
  /** True when this decision completed the tender's award and moved it to AWARDED. */
  awarded: boolean;
  events: TenderAuditEntry[];
};

/**
 * The procurement lead's award decision for one lot (or the tender without lots): on the
 * evaluation as it stands (the form's fingerprint must still match it), in the EVALUATION status,
 * once per lot. The winner must be admissible, and any winner but the top-ranked one needs the
 * reason (award-choice.ts). The standstill ends 10 days after the decision (standstill.ts). The
 * evaluation of the lot is frozen into the decision; the last lot decided moves the tender to
 * AWARDED. The tender's row is locked first, so two decisions of one tender never interleave.
 * SECURITY: change only with a second reviewer.
 */
export async function recordAward(
  tx: DbTransaction,
  viewer: Viewer,
  input: AwardDecisionValues,
  today: IsoDate = new Date().toISOString().slice(0, 10),
): Promise<RecordedAward> {
  await tx.$queryRaw`SELECT "id" FROM "Tender" WHERE "id" = ${input.tenderId} AND "organisationId" = ${viewer.organisation.id} FOR UPDATE`;
  const evaluation = await requireEvaluationResult(tx, viewer, input.tenderId);
  const { tender } = evaluation;
  if (evaluation.role !== "LEAD") throw new AppError("FORBIDDEN");
  if (tender.status !== "EVALUATION") throw new AppError("INVALID_STATE", "errors.award.notInEvaluation");
  if (tender.version !== input.version || evaluation.fingerprint !== input.fingerprint) {
    throw new AppError("CONFLICT", "errors.award.evaluationChanged");
  }

  const lotKey = input.lotKey === "" ? null : input.lotKey;
  const lot = evaluation.result.lots.find((candidate) => candidate.lotKey === lotKey);
  if (!lot) throw new AppError("VALIDATION", "validation.award.lotUnknown", "lotKey");
  if (evaluation.decisions.some((decision) => decision.lotKey === lotKey)) {
    throw new AppError("INVALID_STATE", "errors.award.alreadyDecided");
  }
  const winnerBidId = input.winnerBidId === "" ? null : input.winnerBidId;
  const choice = checkAwardChoice(
    { outcome: lot.outcome, admissibleBidIds: lot.bids.filter((bid) => bid.admissible).map((bid) => bid.bidId) },
    { winnerBidId, reason: input.reason },
  );
  if (!choice.ok) throw new AppError("VALIDATION", `validation.${choice.code}`, choice.field);
  checkDecisionDate(input.decidedOn, tender.openedAt, today);

  const endsOn = standstillEndsOn(input.decidedOn);
  const decision = await tx.awardDecision.create({
    data: {
      tenderId: tender.id,
      lotKey: lotKey ?? "",
      winnerBidId,
      decidedOn: new Date(`${input.decidedOn}T00:00:00.000Z`),
      standstillEndsOn: new Date(`${endsOn}T00:00:00.000Z`),
      evaluation: frozenEvaluation(evaluation, lot),
      note: input.reason,
      decidedById: viewer.userId,
    },
  });
  const winner = lot.bids.find((bid) => bid.bidId === winnerBidId) ?? null;
  const events: TenderAuditEntry[] = [
    {
      action: "award.decided",
      entityType: "AwardDecision",
      entityId: decision.id,
      after: {
        tenderId: tender.id,
        lotKey,
        winnerBidId,
        winnerReceiptNumber: winner?.receiptNumber ?? null,
        winnerRank: winner?.rank ?? null,
        winnerTotalPoints: winner?.totalPoints ? toExactText(winner.totalPoints) : null,
        departsFromRanking: choice.departsFromRanking,
        outcome: lot.outcome.kind,
        decidedOn: input.decidedOn,
        standstillEndsOn: endsOn,
        reason: input.reason || null,
        fingerprint: evaluation.fingerprint,
      },
    },
  ];

  const decided = new Set([...evaluation.decisions.map((entry) => entry.lotKey), lotKey]);
  const awarded = evaluation.result.lots.every((candidate) => decided.has(candidate.lotKey));
  if (awarded) {
    const move = await moveTenderByProcedure(tx, viewer, {
      tenderId: tender.id,
      version: tender.version,
      action: "award",
    });
    events.push(move.event);
  }
  return { decisionId: decision.id, standstillEndsOn: endsOn, awarded, events };
}

/** A calendar day from the opening of the bids to today: a decision is neither earlier nor in the future. */
function checkDecisionDate(decidedOn: IsoDate, openedAt: Date | null, today: IsoDate): void {
  if (decidedOn > today) throw new AppError("VALIDATION", "validation.award.decidedOnFuture", "decidedOn");
  const openedOn = openedAt?.toISOString().slice(0, 10);
  if (openedOn && decidedOn < openedOn) {
    throw new AppError("VALIDATION", "validation.award.decidedOnBeforeOpening", "decidedOn");
  }
}

/**
 * What the decision rests on, kept as it was: the lot's evaluation with its exact values, the
 * criteria and their shares, the method, and the evaluation's input itself (the evaluation
 * file's content), so the decision can be recomputed whatever changes later.
 */
function frozenEvaluation(evaluation: Evaluated, lot: LotEvaluation) {
  return {
    methodVersion: EVALUATION_METHOD_VERSION,
    fingerprint: evaluation.fingerprint,
    criteria: toExactJson(evaluation.result.criteria),
    lot: toExactJson(lot),
    input: evaluation.input,
  } as unknown as object;
}
