/**
 * The audit trail of a tender's evaluation, summed up for the award report: how many events of
 * each kind, and the events a reviewer looks for first (the opening, the panel's declarations and
 * conflicts, submissions, reopenings, consensus, the award and the status changes), oldest first.
 * Routine events (a score saved before submission, say) are counted but not listed one by one:
 * the administrators' audit log has every event.
 */
export type AuditTrailEvent = {
  action: string;
  occurredAt: Date;
  actorEmail: string | null;
  entityType: string;
  entityId: string;
};

export type AuditTrailSummary = {
  total: number;
  /** Most frequent first; equal counts in the actions' alphabetical order. */
  byAction: { action: string; count: number }[];
  keyEvents: AuditTrailEvent[];
  firstAt: Date | null;
  lastAt: Date | null;
};

/** Words of the actions that mark a step of the procedure (matched anywhere in the action code). */
const KEY_ACTION_WORDS = [
  "status_changed",
  "opening",
  "opened",
  "panel",
  "declar",
  "conflict",
  "submitted",
  "reopen",
  "consensus",
  "award",
] as const;

export function isKeyAuditAction(action: string): boolean {
  return KEY_ACTION_WORDS.some((word) => action.includes(word));
}

export function summariseAuditTrail(events: readonly AuditTrailEvent[]): AuditTrailSummary {
  const chronological = [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const counts = new Map<string, number>();
  for (const event of chronological) counts.set(event.action, (counts.get(event.action) ?? 0) + 1);
  return {
    total: chronological.length,
    byAction: [...counts]
      .map(([action, count]) => ({ action, count }))
      .sort((a, b) => b.count - a.count || (a.action < b.action ? -1 : a.action > b.action ? 1 : 0)),
    keyEvents: chronological.filter((event) => isKeyAuditAction(event.action)),
    firstAt: chronological[0]?.occurredAt ?? null,
    lastAt: chronological.at(-1)?.occurredAt ?? null,
  };
}
