import "server-only";
import type { CostLine } from "@/lib/domain/bids/bid-model";
import type { ChosenClause } from "@/lib/domain/clauses/clause-updates";
import { can } from "@/lib/domain/permissions";
import { readAwardCriteria } from "@/lib/domain/tender/award-settings";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import type { SovereigntyProfile } from "@/lib/domain/tender/sovereignty";
import type { TenderStatus } from "@/lib/domain/tender/tender-status";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { readCostLines } from "@/lib/server/bids/bid-tender";
import { expectedToScore, pendingEvaluators } from "@/lib/domain/panel/consensus-rules";
import type { PanelRole } from "@/lib/domain/panel/panel-model";
import type { DbClient } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who may read a tender's ranking, sensitivity, award report and evaluation file, and whether
 * there is anything to read yet. The ranking rests on the final quality scores, so it exists only
 * once every evaluator has submitted and, where the tender chose consensus, the chair has recorded
 * it: before that the scores are secret (each evaluator's own until submission, the chair's to
 * moderate until consensus) and nothing derived from them may be shown.
 *
 * - LEAD: the procurement lead, who runs the procedure (`panel.manage` or `bid.register`: drafters,
 *   administrators) and records the award;
 * - CHAIR: the panel's chair, who recorded the consensus;
 * - EVALUATOR: a member of the panel, once the evaluation is complete: the ranking and the
 *   sensitivity, never the other evaluators' own scores (lib/domain/panel/score-visibility.ts), so
 *   not the award report or the evaluation file, which hold them all.
 * Being on the panel outweighs any other role (as for reading bids, lib/domain/panel): a drafter
 * on the panel is a member here, and does not record the award. Anyone else in the organisation
 * is FORBIDDEN; another organisation's tender is NOT_FOUND.
 * SECURITY: change only with a second reviewer.
 */
export type EvaluationRole = "LEAD" | "CHAIR" | "EVALUATOR";

export type EvaluationReadiness =
  | { kind: "READY" }
  | { kind: "NOT_OPENED" }
  | { kind: "NO_PANEL" }
  | { kind: "SCORES_PENDING"; submitted: number; expected: number }
  | { kind: "CONSENSUS_PENDING" };

export type EvaluationTender = {
  id: string;
  organisationId: string;
  reference: string;
  title: string;
  status: TenderStatus;
  version: number;
  currency: string;
  estimatedValueCents: number | null;
  durationMonths: number | null;
  lots: { key: string; title: string; estimatedValueCents: number | null }[];
  award: AwardCriteria | null;
  sovereignty: SovereigntyProfile | null;
  internalCosts: CostLine[];
  clauses: ChosenClause[];
  openedAt: Date | null;
  /** The lots of the bids not withdrawn, one per bid (null: no lots): who has something to score. */
  bidLotKeys: (string | null)[];
};

export type PanelMemberRow = {
  id: string;
  userId: string;
  panelRole: string;
  declarationSignedAt: Date | null;
  declarationConfirmedWithNamesAt: Date | null;
  conflicts: unknown;
  excludedLotKeys: string[];
  removedAt: Date | null;
  removedReason: string;
  submittedAt: Date | null;
  user: { name: string; email: string };
};

export type PanelRow = {
  id: string;
  disagreementThresholdPercent: number;
  consensusCompletedAt: Date | null;
  blindMode: boolean;
  members: PanelMemberRow[];
};

export type ResultContext = {
  tender: EvaluationTender;
  role: EvaluationRole;
  panel: PanelRow | null;
  readiness: EvaluationReadiness;
};

const TENDER_SELECT = {
  id: true,
  organisationId: true,
  reference: true,
  title: true,
  status: true,
  version: true,
  currency: true,
  estimatedValueCents: true,
  durationMonths: true,
  lots: true,
  award: true,
  sovereignty: true,
  internalCosts: true,
  clauses: true,
  bidOpening: { select: { openedAt: true } },
  bids: { where: { withdrawnAt: null }, select: { lotKey: true } },
  evaluationPanel: {
    select: {
      id: true,
      disagreementThresholdPercent: true,
      consensusCompletedAt: true,
      blindMode: true,
      members: {
        select: {
          id: true,
          userId: true,
          panelRole: true,
          declarationSignedAt: true,
          declarationConfirmedWithNamesAt: true,
          conflicts: true,
          excludedLotKeys: true,
          removedAt: true,
          removedReason: true,
          submittedAt: true,
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  },
} satisfies Prisma.TenderSelect;

/** Procurement staff who run the procedure: they record the award. */
export function isProcurementLead(viewer: Viewer): boolean {
  return can(viewer.roles, "panel.manage") || can(viewer.roles, "bid.register");
}

/** The award report and the evaluation file hold every evaluator's own scores: the lead's and the chair's. */
export function mayReadEveryScore(role: EvaluationRole): boolean {
  return role === "LEAD" || role === "CHAIR";
}

export async function readResultContext(db: DbClient, viewer: Viewer, tenderId: string): Promise<ResultContext> {
  const row = await db.tender.findFirst({
    where: { id: tenderId, organisationId: viewer.organisation.id },
    select: TENDER_SELECT,
  });
  if (!row) throw new AppError("NOT_FOUND");
  const panel = row.evaluationPanel ? await withNames(db, row.evaluationPanel) : null;
  const member = panel?.members.find((candidate) => candidate.userId === viewer.userId && !candidate.removedAt);
  const role: EvaluationRole | null =
    member?.panelRole === "CHAIR" ? "CHAIR" : member ? "EVALUATOR" : isProcurementLead(viewer) ? "LEAD" : null;
  if (!role || !can(viewer.roles, "bid.view")) throw new AppError("FORBIDDEN");

  const award = readAwardCriteria(row.award, row.durationMonths);
  const lots = ((row.lots ?? []) as { key: string; title: string; estimatedValueCents?: number | null }[]).map(
    (lot) => ({ key: lot.key, title: lot.title, estimatedValueCents: lot.estimatedValueCents ?? null }),
  );
  const tender: EvaluationTender = {
    id: row.id,
    organisationId: row.organisationId,
    reference: row.reference,
    title: row.title,
    status: row.status,
    version: row.version,
    currency: row.currency,
    estimatedValueCents: row.estimatedValueCents === null ? null : Number(row.estimatedValueCents),
    durationMonths: row.durationMonths,
    lots,
    award,
    sovereignty: row.sovereignty as SovereigntyProfile | null,
    internalCosts: readCostLines(row.internalCosts),
    clauses: row.clauses as ChosenClause[],
    openedAt: row.bidOpening?.openedAt ?? null,
    bidLotKeys: row.bids.map((bid) => bid.lotKey),
  };
  return { tender, role, panel, readiness: readinessOf(tender, panel) };
}

/**
 * The evaluation is complete when the bids are open, every evaluator expected to score (still on
 * the panel, with at least one bid in a lot they evaluate) has submitted, and the chair has
 * completed the consensus (with MEAN the chair only closes it: lib/domain/panel/consensus-rules.ts).
 * Completing it ends blind mode and the withholding of prices, and locks every score.
 */
export function readinessOf(tender: EvaluationTender, panel: PanelRow | null): EvaluationReadiness {
  if (!tender.openedAt) return { kind: "NOT_OPENED" };
  const evaluators = (panel?.members ?? [])
    .map((member) => ({ ...member, role: member.panelRole as PanelRole }))
    .filter((member) => expectedToScore(member, tender.bidLotKeys));
  if (!panel || evaluators.length === 0) return { kind: "NO_PANEL" };
  const pending = pendingEvaluators(evaluators, tender.bidLotKeys).length;
  if (pending > 0)
    return { kind: "SCORES_PENDING", submitted: evaluators.length - pending, expected: evaluators.length };
  if (!panel.consensusCompletedAt) return { kind: "CONSENSUS_PENDING" };
  return { kind: "READY" };
}

/** The members' names and e-mail addresses (PanelMember keeps the user's id only). */
async function withNames(
  db: DbClient,
  panel: Omit<PanelRow, "members"> & { members: Omit<PanelMemberRow, "user">[] },
): Promise<PanelRow> {
  const users = await db.user.findMany({
    where: { id: { in: panel.members.map((member) => member.userId) } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(users.map((user) => [user.id, { name: user.name, email: user.email }]));
  return {
    ...panel,
    members: panel.members.map((member) => ({ ...member, user: byId.get(member.userId) ?? { name: "", email: "" } })),
  };
}
