import { randomUUID } from "node:crypto";
import { createPrismaClient, type Db } from "../../lib/server/db";
import type { Role } from "../../lib/domain/roles";
import { loadViewer, type Viewer } from "../../lib/server/auth/load-viewer";

/** A Prisma client on the test database that `npm test` prepared (migrated and seeded). */
export function connectTestDatabase(): Db {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `npm test`.");
  return createPrismaClient(url);
}

const suffix = () => randomUUID().slice(0, 8);

/** An organisation of its own for one test, so tests never see each other's data. */
export async function createTestOrganisation(db: Db, name = "Test authority") {
  return db.organisation.create({
    data: {
      name: `${name} ${suffix()}`,
      country: "FR",
      authorityType: "CENTRAL",
      referencePrefix: `T${suffix().toUpperCase()}`,
    },
  });
}

export async function createTestMember(
  db: Db,
  organisationId: string,
  roles: Role[],
  options: { passwordHash?: string | null; isActive?: boolean } = {},
) {
  const user = await db.user.create({
    data: {
      email: `member.${suffix()}@test.example`,
      name: `Member ${suffix()}`,
      passwordHash: options.passwordHash ?? null,
      isActive: options.isActive ?? true,
    },
  });
  const membership = await db.membership.create({ data: { userId: user.id, organisationId, roles } });
  return { user, membership };
}

/** A new member with these roles, as the guard sees them in that organisation. */
export async function createTestViewer(db: Db, organisationId: string, roles: Role[]): Promise<Viewer> {
  const { user } = await createTestMember(db, organisationId, roles);
  const result = await loadViewer(db, user.id, organisationId);
  if (result.kind !== "viewer") throw new Error("test member has no viewer");
  return result.viewer;
}

export type RoleViewers = Record<Role | "OTHER_DRAFTER", Viewer>;

/**
 * One member per role in a new organisation, and a drafter of another organisation: the cast of
 * every permission test ("who may do this, and is another organisation kept out?").
 */
export async function createRoleViewers(db: Db): Promise<RoleViewers> {
  const organisation = await createTestOrganisation(db);
  const viewers = {} as RoleViewers;
  for (const role of ["DRAFTER", "EVALUATOR", "OSPO", "ADMIN"] as const) {
    viewers[role] = await createTestViewer(db, organisation.id, [role]);
  }
  viewers.OTHER_DRAFTER = await createTestViewer(db, (await createTestOrganisation(db)).id, ["DRAFTER"]);
  return viewers;
}
