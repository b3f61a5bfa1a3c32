import "server-only";
import {
  compositionProblems,
  deadlineInPast,
  lockedChange,
  type PanelComposition,
} from "@/lib/domain/panel/panel-composition";
import type { PanelSettings } from "@/lib/domain/panel/panel-model";
import { AppError } from "@/lib/errors";
import type { AuditEventInput } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient, DbTransaction } from "@/lib/server/db";
import { lockedEvaluationContext, type EvaluationContext, type Panel } from "./evaluation-context";

/**
 * The procurement lead sets up the panel: one chair and the evaluators, from the organisation's
 * members who hold the evaluator role, and the panel's settings. The rules of
 * lib/domain/panel/panel-composition.ts lock it once scoring has started. Each save is one audit
 * event naming the people and settings before and after.
 */
type AuditEntry = Omit<AuditEventInput, "actor" | "organisationId">;

export type PanelCandidate = { userId: string; name: string; email: string };

/** The organisation's active members with the evaluator role: who may sit on a panel. */
export async function listPanelCandidates(db: DbClient, viewer: Viewer): Promise<PanelCandidate[]> {
  const memberships = await db.membership.findMany({
    where: { organisationId: viewer.organisation.id, roles: { has: "EVALUATOR" }, user: { isActive: true } },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return memberships.map(({ user }) => ({ userId: user.id, name: user.name, email: user.email }));
}

/** Whether any evaluator has saved a score: from then on the panel is locked. */
export async function scoringStarted(db: DbClient, panelId: string): Promise<boolean> {
  return (await db.evaluatorScore.count({ where: { member: { panelId } } })) > 0;
}

export type PanelSaveInput = PanelComposition &
  PanelSettings & {
    tenderId: string;
    panelId: string;
    version: number;
  };

export async function savePanel(
  tx: DbTransaction,
  viewer: Viewer,
  input: PanelSaveInput,
  now = new Date(),
): Promise<{ panelId: string; version: number; event: AuditEntry }> {
  const context = await lockedEvaluationContext(tx, viewer, input.tenderId, now);
  const { panel } = context;
  if ((panel?.id ?? "") !== input.panelId || (panel && panel.version !== input.version)) {
    throw new AppError("CONFLICT", "errors.evaluation.panelChangedMeanwhile");
  }
  const after: PanelComposition & PanelSettings = {
    chairUserId: input.chairUserId,
    evaluatorUserIds: [...new Set(input.evaluatorUserIds)],
    pricesHiddenUntilSubmitted: input.pricesHiddenUntilSubmitted,
    blindMode: input.blindMode,
    disagreementThresholdPercent: input.disagreementThresholdPercent,
    scoringDeadline: input.scoringDeadline,
  };
  const before = panel ? compositionOf(panel) : null;
  const membersChanged =
    !before ||
    before.chairUserId !== after.chairUserId ||
    [...before.evaluatorUserIds].sort().join(" ") !== [...after.evaluatorUserIds].sort().join(" ");
  if (panel && before) {
    const locked = lockedChange(
      { before, after },
      {
        scoringStarted: await scoringStarted(tx, panel.id),
        consensusComplete: panel.consensusCompletedAt !== null,
        chairWithdrew: !panel.members.some((member) => member.role === "CHAIR" && member.removedAt === null),
      },
    );
    if (locked) throw new AppError("INVALID_STATE", `errors.evaluation.panelLocked.${locked}`);
  }
  if (membersChanged) await checkMembers(tx, viewer, context, after);
  if (before?.scoringDeadline !== after.scoringDeadline && deadlineInPast(after.scoringDeadline, context.today)) {
    throw new AppError("VALIDATION", "validation.evaluation.deadlineInPast", "scoringDeadline");
  }

  const settings = {
    pricesHiddenUntilSubmitted: after.pricesHiddenUntilSubmitted,
    blindMode: after.blindMode,
    disagreementThresholdPercent: after.disagreementThresholdPercent,
    scoringDeadline: after.scoringDeadline ? new Date(`${after.scoringDeadline}T00:00:00Z`) : null,
  };
  const saved = panel
    ? await tx.evaluationPanel.update({
        where: { id: panel.id },
        data: { ...settings, version: { increment: 1 } },
        select: { id: true, version: true },
      })
    : await tx.evaluationPanel.create({
        data: { tenderId: context.tender.id, ...settings, createdById: viewer.userId },
        select: { id: true, version: true },
      });
  if (membersChanged) await replaceMembers(tx, saved.id, panel, after);

  const people = await emailsOf(tx, [
    after.chairUserId,
    ...after.evaluatorUserIds,
    ...(before ? [before.chairUserId, ...before.evaluatorUserIds] : []),
  ]);
  const describe = (state: PanelComposition & PanelSettings) => ({
    chair: people(state.chairUserId),
    evaluators: state.evaluatorUserIds.map(people),
    pricesHiddenUntilSubmitted: state.pricesHiddenUntilSubmitted,
    blindMode: state.blindMode,
    disagreementThresholdPercent: state.disagreementThresholdPercent,
    scoringDeadline: state.scoringDeadline,
  });
  return {
    panelId: saved.id,
    version: saved.version,
    event: {
      action: panel ? "evaluation.panel_changed" : "evaluation.panel_created",
      entityType: "Tender",
      entityId: context.tender.id,
      ...(before ? { before: { ...describe(before), version: panel!.version } } : {}),
      after: { ...describe(after), version: saved.version },
    },
  };
}

/** The active chair and evaluators, and the settings, as the form shows them. */
export function compositionOf(panel: Panel): PanelComposition & PanelSettings {
  const active = panel.members.filter((member) => member.removedAt === null);
  return {
    chairUserId: active.find((member) => member.role === "CHAIR")?.userId ?? "",
    evaluatorUserIds: active.filter((member) => member.role === "EVALUATOR").map((member) => member.userId),
    pricesHiddenUntilSubmitted: panel.pricesHiddenUntilSubmitted,
    blindMode: panel.blindMode,
    disagreementThresholdPercent: panel.disagreementThresholdPercent,
    scoringDeadline: panel.scoringDeadline,
  };
}

async function checkMembers(tx: DbTransaction, viewer: Viewer, context: EvaluationContext, after: PanelComposition) {
  const [problem] = compositionProblems(after);
  if (problem) {
    const field = problem === "chairRequired" || problem === "chairIsEvaluator" ? "chairUserId" : "evaluatorUserIds";
    throw new AppError("VALIDATION", `validation.evaluation.${problem}`, field);
  }
  const candidates = new Set((await listPanelCandidates(tx, viewer)).map((candidate) => candidate.userId));
  const removed = new Set(
    (context.panel?.members ?? []).filter((member) => member.removedAt !== null).map((member) => member.userId),
  );
  if (!candidates.has(after.chairUserId) || removed.has(after.chairUserId)) {
    throw new AppError("VALIDATION", "validation.evaluation.notACandidate", "chairUserId");
  }
  if (after.evaluatorUserIds.some((id) => !candidates.has(id) || removed.has(id))) {
    throw new AppError("VALIDATION", "validation.evaluation.notACandidate", "evaluatorUserIds");
  }
}

/**
 * Members leave and join as the form says. A member who stepped down after a conflict stays, as
 * the record of it; anyone else no longer listed is taken off (only possible before scoring).
 */
async function replaceMembers(tx: DbTransaction, panelId: string, panel: Panel | null, after: PanelComposition) {
  const wanted = new Map<string, "CHAIR" | "EVALUATOR">([
    ...after.evaluatorUserIds.map((id) => [id, "EVALUATOR"] as const),
    [after.chairUserId, "CHAIR"],
  ]);
  const existing = (panel?.members ?? []).filter((member) => member.removedAt === null);
  const gone = existing.filter((member) => !wanted.has(member.userId)).map((member) => member.id);
  if (gone.length > 0) await tx.panelMember.deleteMany({ where: { id: { in: gone } } });
  for (const [userId, panelRole] of wanted) {
    const current = existing.find((member) => member.userId === userId);
    if (!current) {
      await tx.panelMember.create({ data: { panelId, userId, panelRole } });
    } else if (current.role !== panelRole) {
      await tx.panelMember.update({
        where: { id: current.id },
        data: { panelRole, version: { increment: 1 } },
      });
    }
  }
}

async function emailsOf(tx: DbTransaction, ids: string[]) {
  const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } });
  return (id: string) => users.find((user) => user.id === id)?.email ?? id;
}
