import type { PrismaClient } from "../lib/generated/prisma/client";
import type { AuthorityType } from "../lib/domain/roles";

type OrganisationData = { name: string; country: string; authorityType: AuthorityType; referencePrefix: string };

/**
 * Creates an organisation together with its first audit event, for the set-up paths that run
 * outside the app (demo data, the command line); `source` says which in the trail.
 */
export async function createOrganisationRecord(db: PrismaClient, data: OrganisationData, source: string) {
  return db.$transaction(async (tx) => {
    const row = await tx.organisation.create({ data });
    await tx.auditEvent.create({
      data: {
        organisationId: row.id,
        action: "organisation.created",
        entityType: "Organisation",
        entityId: row.id,
        after: { ...data, source },
      },
    });
    return row;
  });
}
