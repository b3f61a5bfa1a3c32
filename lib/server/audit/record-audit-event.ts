import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, DbTransaction } from "@/lib/server/db";

export type AuditActor = { userId: string; email: string } | null;

export type AuditEventInput = {
  actor: AuditActor;
  organisationId: string | null;
  /** `resource.verb` in the past tense, e.g. `membership.roles_changed`. */
  action: string;
  entityType: string;
  entityId: string;
  /** Short summaries of the state before and after, never secrets (no password hashes). */
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/**
 * Appends one audit event. Call it inside the same transaction as the change it records, so that
 * a change is never saved without its event, nor an event without its change.
 */
export async function recordAuditEvent(db: Db | DbTransaction, event: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: event.actor?.userId ?? null,
      actorEmail: event.actor?.email ?? null,
      organisationId: event.organisationId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: event.before,
      after: event.after,
    },
  });
}

/** Plain data as stored in an audit event: dates become ISO strings, undefined fields disappear. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
