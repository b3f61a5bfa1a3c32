import "server-only";
import { TENDER_TRANSITIONS, type TenderTransition } from "@/lib/domain/tender/tender-status";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { tenderWhereForViewer } from "./tender-scope";

export type LatestStatusChange = {
  transition: TenderTransition["action"];
  reason: string | null;
  actorName: string;
  occurredAt: Date;
};

const ACTIONS: readonly string[] = TENDER_TRANSITIONS.map((transition) => transition.action);

/**
 * The last move of a tender's lifecycle, read from its audit trail (where the reason is kept):
 * the task list tells the drafter why the OSPO asked for changes. Null for a tender never moved,
 * or one the viewer may not see.
 */
export async function latestStatusChange(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
): Promise<LatestStatusChange | null> {
  const visible = await db.tender.count({ where: { AND: [{ id: tenderId }, tenderWhereForViewer(viewer)] } });
  if (visible === 0) return null;
  const event = await db.auditEvent.findFirst({
    where: {
      organisationId: viewer.organisation.id,
      entityType: "Tender",
      entityId: tenderId,
      action: "tender.status_changed",
    },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    select: { actorId: true, actorEmail: true, occurredAt: true, after: true },
  });
  if (!event) return null;
  const after = (event.after ?? {}) as { transition?: unknown; reason?: unknown };
  if (typeof after.transition !== "string" || !ACTIONS.includes(after.transition)) return null;
  const actor = event.actorId
    ? await db.user.findUnique({ where: { id: event.actorId }, select: { name: true } })
    : null;
  return {
    transition: after.transition as TenderTransition["action"],
    reason: typeof after.reason === "string" ? after.reason : null,
    actorName: actor?.name ?? event.actorEmail ?? "",
    occurredAt: event.occurredAt,
  };
}
