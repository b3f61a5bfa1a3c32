import "server-only";
import type { DbClient } from "@/lib/server/db";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEventDto = {
  id: string;
  occurredAt: Date;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

/** One page of an organisation's audit trail, newest first. */
export async function listAuditEvents(
  db: DbClient,
  organisationId: string,
  page: number,
): Promise<{ events: AuditEventDto[]; hasMore: boolean }> {
  const rows = await db.auditEvent.findMany({
    where: { organisationId },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      occurredAt: true,
      actorEmail: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
    },
  });
  return { events: rows.slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE };
}
