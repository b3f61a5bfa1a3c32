import "server-only";
import type { PanelRelation } from "@/lib/domain/panel/bid-visibility";
import type { PanelMemberState, PanelRole } from "@/lib/domain/panel/panel-model";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";

/**
 * How the viewer stands to a tender's evaluation panel: no panel, not a member, or a member with
 * their declaration, conflicts and submission. The caller has checked that the tender is the
 * viewer's organisation's. bid-access.ts and score-access.ts decide with it (lib/domain/panel).
 * SECURITY: change only with a second reviewer.
 */
export type PanelRelationWithIds = PanelRelation & { panelId: string | null; memberId: string | null };

export async function loadPanelRelation(db: DbClient, viewer: Viewer, tenderId: string): Promise<PanelRelationWithIds> {
  const panel = await db.evaluationPanel.findUnique({
    where: { tenderId },
    select: {
      id: true,
      pricesHiddenUntilSubmitted: true,
      blindMode: true,
      consensusCompletedAt: true,
      members: { where: { userId: viewer.userId }, select: MEMBER_STATE_SELECT },
    },
  });
  if (!panel) return { kind: "NO_PANEL", panelId: null, memberId: null };
  const state = {
    pricesHiddenUntilSubmitted: panel.pricesHiddenUntilSubmitted,
    blindMode: panel.blindMode,
    consensusCompletedAt: panel.consensusCompletedAt,
  };
  const [member] = panel.members;
  if (!member) return { kind: "NOT_MEMBER", panel: state, panelId: panel.id, memberId: null };
  return { kind: "MEMBER", panel: state, member: toMemberState(member), panelId: panel.id, memberId: member.id };
}

export const MEMBER_STATE_SELECT = {
  id: true,
  panelRole: true,
  declarationSignedAt: true,
  declarationConfirmedWithNamesAt: true,
  excludedLotKeys: true,
  removedAt: true,
  submittedAt: true,
} as const;

export function toMemberState(row: {
  panelRole: string;
  declarationSignedAt: Date | null;
  declarationConfirmedWithNamesAt: Date | null;
  excludedLotKeys: string[];
  removedAt: Date | null;
  submittedAt: Date | null;
}): PanelMemberState {
  return {
    role: row.panelRole as PanelRole,
    declarationSignedAt: row.declarationSignedAt,
    declarationConfirmedWithNamesAt: row.declarationConfirmedWithNamesAt,
    excludedLotKeys: row.excludedLotKeys,
    removedAt: row.removedAt,
    submittedAt: row.submittedAt,
  };
}
