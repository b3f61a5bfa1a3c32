import "server-only";
import type { AuthorityType, Role } from "@/lib/domain/roles";
import type { Db } from "@/lib/server/db";

export type ViewerMembership = {
  membershipId: string;
  organisationId: string;
  organisationName: string;
  roles: Role[];
};

/** The signed-in user as every page, action and route handler sees them. */
export type Viewer = {
  userId: string;
  email: string;
  name: string;
  /** The organisation the user is working for now (chosen with the organisation switcher). */
  organisation: { id: string; name: string; country: string; authorityType: AuthorityType };
  /** The user's roles in that organisation only. */
  roles: Role[];
  memberships: ViewerMembership[];
};

export type LoadViewerResult = { kind: "viewer"; viewer: Viewer } | { kind: "no-organisation" } | { kind: "none" };

/**
 * Builds the viewer from the database on every request, so that a deactivated account or a
 * removed role takes effect at once rather than when the session expires.
 * SECURITY: every authorisation decision starts here; change it with a second reviewer.
 */
export async function loadViewer(
  db: Db,
  userId: string,
  preferredOrganisationId: string | undefined,
): Promise<LoadViewerResult> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      isActive: true,
      memberships: {
        select: {
          id: true,
          roles: true,
          organisation: { select: { id: true, name: true, country: true, authorityType: true } },
        },
        orderBy: { organisation: { name: "asc" } },
      },
    },
  });
  if (!user || !user.isActive) return { kind: "none" };

  const current = user.memberships.find((m) => m.organisation.id === preferredOrganisationId) ?? user.memberships[0];
  if (!current) return { kind: "no-organisation" };

  return {
    kind: "viewer",
    viewer: {
      userId: user.id,
      email: user.email,
      name: user.name,
      organisation: current.organisation,
      roles: current.roles,
      memberships: user.memberships.map((m) => ({
        membershipId: m.id,
        organisationId: m.organisation.id,
        organisationName: m.organisation.name,
        roles: m.roles,
      })),
    },
  };
}
