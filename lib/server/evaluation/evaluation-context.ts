import "server-only";
import { calendarDayAt } from "@/lib/domain/bids/opening";
import { expectedToScore } from "@/lib/domain/panel/consensus-rules";
import { declarationStage, namesShownToPanel, type DeclarationStage } from "@/lib/domain/panel/declaration";
import type { DeclaredConflict, PanelMemberState, PanelSettings, PanelState } from "@/lib/domain/panel/panel-model";
import { automaticCriteria, scoredCriteria, type ScoredCriterion } from "@/lib/domain/panel/scoring-rules";
import { can } from "@/lib/domain/permissions";
import { readAwardCriteria } from "@/lib/domain/tender/award-settings";
import type { AwardCriteria, QualityScale, ScoreAggregation } from "@/lib/domain/tender/criteria-tree";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { readBidTender, type BidTender } from "@/lib/server/bids/bid-tender";
import type { DbClient, DbTransaction } from "@/lib/server/db";
import { MEMBER_STATE_SELECT, toMemberState } from "./panel-relation";

/**
 * Everything an evaluation page or action starts from: the tender as bid pages see it (which
 * checks the organisation and the status), its award method (scale, aggregation, the criteria
 * evaluators score), its panel with every member's state (never their scores: score-access.ts
 * reads those), and the viewer's own membership. Anyone who may not reach the tender's bids gets
 * NOT_FOUND, as for another organisation's tender.
 */
export type PanelMember = PanelMemberState & {
  id: string;
  userId: string;
  name: string;
  email: string;
  conflicts: DeclaredConflict[];
  removedReason: string;
  version: number;
  /** Where their declaration stands, given what the panel shows them now. */
  stage: DeclarationStage;
  /**
   * An evaluator with at least one bid to score (lib/domain/panel/consensus-rules.ts): false for
   * the chair, a removed member, and an evaluator excluded by conflict from every lot with bids.
   */
  expectedToScore: boolean;
};

export type Panel = PanelSettings &
  PanelState & {
    id: string;
    version: number;
    members: PanelMember[];
    /** The lots of the tender's bids not withdrawn, one per bid (null: no lots); from the register. */
    bidLotKeys: (string | null)[];
  };

export type EvaluationContext = {
  viewer: Viewer;
  tender: BidTender;
  /** The bids are opened (four-eyes): before, nothing can be scored. */
  opened: boolean;
  scale: QualityScale;
  aggregation: ScoreAggregation;
  /** The award criteria as published; null while the tender has none. */
  award: AwardCriteria | null;
  /** The QUALITY and OPENNESS leaves evaluators score, in the tree's order. */
  criteria: ScoredCriterion[];
  /** The OPENNESS leaves the tender computes automatically: nobody scores them. */
  automaticCriteria: ScoredCriterion[];
  panel: Panel | null;
  /** The viewer's membership of the panel, if any. */
  me: PanelMember | null;
  /** Holds `panel.manage`: the procurement lead. */
  managesPanel: boolean;
  /** Today in Brussels, the day deadlines are counted in. */
  today: string;
};

/** Tenders whose evaluation still changes; awarded and cancelled ones are read-only. */
export const EVALUATION_OPEN_STATUSES = ["PUBLISHED", "EVALUATION"] as const;

export async function loadEvaluationContext(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
  now = new Date(),
): Promise<EvaluationContext> {
  const tender = await readBidTender(db, viewer, tenderId);
  const row = await db.tender.findUniqueOrThrow({
    where: { id: tender.id },
    select: { award: true, durationMonths: true, bidOpening: { select: { openedAt: true } } },
  });
  const award = readAwardCriteria(row.award, row.durationMonths);
  const opened = row.bidOpening?.openedAt != null;
  const panel = await readPanel(db, tender.id, opened);
  return {
    viewer,
    tender,
    opened,
    scale: award?.qualityScale ?? { max: 5, descriptors: [] },
    aggregation: award?.scoreAggregation ?? "CONSENSUS",
    award,
    criteria: award ? scoredCriteria(award.criteria) : [],
    automaticCriteria: award ? automaticCriteria(award.criteria) : [],
    panel,
    me: panel?.members.find((member) => member.userId === viewer.userId) ?? null,
    managesPanel: can(viewer.roles, "panel.manage"),
    today: calendarDayAt(now),
  };
}

/**
 * The context inside an action's transaction, with the panel's row locked first: every change to
 * a panel, its members or its scores is taken one at a time per tender, so a submission never
 * races a reopening, nor a score the consensus's completion.
 */
export async function lockedEvaluationContext(tx: DbTransaction, viewer: Viewer, tenderId: string, now = new Date()) {
  await readBidTender(tx, viewer, tenderId);
  await tx.$queryRaw`SELECT "id" FROM "Tender" WHERE "id" = ${tenderId} FOR UPDATE`;
  const context = await loadEvaluationContext(tx, viewer, tenderId, now);
  if (!(EVALUATION_OPEN_STATUSES as readonly string[]).includes(context.tender.status)) {
    throw new AppError("INVALID_STATE", "errors.evaluation.tenderClosed");
  }
  return context;
}

/** The context for a panel member's action: their membership, or FORBIDDEN. */
export function requireMember(context: EvaluationContext): { panel: Panel; me: PanelMember } {
  if (!context.panel || !context.me) throw new AppError("FORBIDDEN", "errors.evaluation.notMember");
  return { panel: context.panel, me: context.me };
}

/** The context for the chair's action: an active chair whose declaration is complete, or FORBIDDEN. */
export function requireChair(context: EvaluationContext): { panel: Panel; me: PanelMember } {
  const { panel, me } = requireMember(context);
  if (me.role !== "CHAIR" || me.stage === "REMOVED") throw new AppError("FORBIDDEN", "errors.evaluation.notChair");
  if (me.stage !== "COMPLETE") throw new AppError("FORBIDDEN", "errors.evaluation.declarationFirst");
  return { panel, me };
}

async function readPanel(db: DbClient, tenderId: string, opened: boolean): Promise<Panel | null> {
  const row = await db.evaluationPanel.findUnique({
    where: { tenderId },
    include: {
      members: {
        select: { ...MEMBER_STATE_SELECT, userId: true, conflicts: true, removedReason: true, version: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!row) return null;
  const [users, bids] = await Promise.all([
    db.user.findMany({
      where: { id: { in: row.members.map((member) => member.userId) } },
      select: { id: true, name: true, email: true },
    }),
    // Receipts only (the lot of each bid), never their content: who has something to score.
    db.bid.findMany({ where: { tenderId, withdrawnAt: null }, select: { lotKey: true } }),
  ]);
  const bidLotKeys = bids.map((bid) => bid.lotKey);
  const namesShown = namesShownToPanel(row, opened);
  const members = row.members.map((member): PanelMember => {
    const state = toMemberState(member);
    const user = users.find((candidate) => candidate.id === member.userId);
    return {
      ...state,
      id: member.id,
      userId: member.userId,
      name: user?.name ?? "",
      email: user?.email ?? "",
      conflicts: (member.conflicts ?? []) as DeclaredConflict[],
      removedReason: member.removedReason,
      version: member.version,
      stage: declarationStage(state, namesShown),
      expectedToScore: expectedToScore(state, bidLotKeys),
    };
  });
  // The chair first, then the evaluators in the order they were added.
  members.sort((a, b) => Number(b.role === "CHAIR") - Number(a.role === "CHAIR"));
  return {
    id: row.id,
    version: row.version,
    pricesHiddenUntilSubmitted: row.pricesHiddenUntilSubmitted,
    blindMode: row.blindMode,
    disagreementThresholdPercent: row.disagreementThresholdPercent,
    scoringDeadline: row.scoringDeadline ? row.scoringDeadline.toISOString().slice(0, 10) : null,
    consensusCompletedAt: row.consensusCompletedAt,
    members,
    bidLotKeys,
  };
}
