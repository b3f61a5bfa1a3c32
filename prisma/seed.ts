import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { ARGON2_OPTIONS } from "../lib/server/auth/argon2-options";
import { createOrganisationRecord } from "./create-organisation-record";
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS } from "./demo-accounts";

/** Demo data is refused in production unless the operator asks for it explicitly. */
export function isDemoDataAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.DEMO_DATA === "false") return false;
  if (env.NODE_ENV === "production") return env.DEMO_DATA === "true";
  return true;
}

/**
 * Loads the demo organisations and accounts. Idempotent: what exists is left as it is (a demo
 * user whose roles were changed keeps them), what is missing is created, with an audit event.
 */
export async function seedDemoData(databaseUrl: string): Promise<{ created: number }> {
  if (!isDemoDataAllowed()) {
    throw new Error("Demo data is refused when NODE_ENV=production. Set DEMO_DATA=true to load it anyway.");
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    const organisationIds = new Map<string, string>();
    let created = 0;
    for (const organisation of DEMO_ORGANISATIONS) {
      const existing = await db.organisation.findUnique({ where: { referencePrefix: organisation.referencePrefix } });
      if (existing) {
        organisationIds.set(organisation.referencePrefix, existing.id);
        continue;
      }
      const row = await createOrganisationRecord(db, { ...organisation }, "demo data");
      organisationIds.set(organisation.referencePrefix, row.id);
      created++;
    }

    for (const account of DEMO_ACCOUNTS) {
      let user = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
      if (!user) {
        const passwordHash = await hash(account.password, ARGON2_OPTIONS);
        user = await db.user.create({
          data: { email: account.email, name: account.name, passwordHash },
          select: { id: true },
        });
        created++;
      }
      const userId = user.id;
      for (const membership of account.memberships) {
        const organisationId = organisationIds.get(membership.organisation)!;
        const exists = await db.membership.findUnique({ where: { userId_organisationId: { userId, organisationId } } });
        if (exists) continue;
        await db.$transaction(async (tx) => {
          const row = await tx.membership.create({ data: { userId, organisationId, roles: membership.roles } });
          await tx.auditEvent.create({
            data: {
              organisationId,
              action: "membership.created",
              entityType: "Membership",
              entityId: row.id,
              after: { email: account.email, roles: membership.roles, source: "demo data" },
            },
          });
        });
        created++;
      }
    }
    return { created };
  } finally {
    await db.$disconnect();
  }
}
