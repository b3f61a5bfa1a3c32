import { PrismaPg } from "@prisma/adapter-pg";
import { CLAUSE_LIBRARY } from "../../lib/domain/clauses/library";
import type { Prisma } from "../../lib/generated/prisma/client";

/**
 * Puts the clauses that ship with the app (lib/domain/clauses/library) into the database, in
 * every environment, after the migrations: the library is product content, like the CPV codes,
 * not demo data. A clause already in the database is left as it is, since OSPO staff may have
 * edited it into later versions. Returns the keys added.
 */
export async function syncClauseLibrary(databaseUrl: string): Promise<string[]> {
  // Loaded here, not at the top: on a fresh checkout `npm test` and `npm start` import this
  // module before they generate the Prisma client.
  const { PrismaClient } = await import("../../lib/generated/prisma/client");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    const existing = new Set((await db.clause.findMany({ select: { key: true } })).map((clause) => clause.key));
    const missing = CLAUSE_LIBRARY.filter((clause) => !existing.has(clause.key));
    for (const clause of missing) {
      await db.$transaction(async (tx) => {
        const row = await tx.clause.create({
          data: {
            key: clause.key,
            category: clause.category,
            status: clause.status,
            currentVersion: clause.version,
            versions: {
              create: {
                version: clause.version,
                definition: clause as unknown as Prisma.InputJsonValue,
                changeNote: "Shipped with Tender Commons",
              },
            },
          },
        });
        await tx.auditEvent.create({
          data: {
            action: "clause.created",
            entityType: "Clause",
            entityId: row.id,
            after: { key: clause.key, version: clause.version, source: "clause library shipped with the app" },
          },
        });
      });
    }
    return missing.map((clause) => clause.key);
  } finally {
    await db.$disconnect();
  }
}
