import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestMember, createTestOrganisation, connectTestDatabase } from "@/scripts/testing/test-database";
import { can, PERMISSIONS, type Permission } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";
import { getMember } from "@/lib/server/members/get-member";
import { loadViewer } from "./load-viewer";

const db = connectTestDatabase();
const ROLES: Role[] = ["DRAFTER", "EVALUATOR", "OSPO", "ADMIN"];
let home: { id: string };
let other: { id: string };
const users: Partial<Record<Role | "MULTI" | "INACTIVE" | "NONE", string>> = {};
let otherMembershipId: string;

beforeAll(async () => {
  home = await createTestOrganisation(db, "Home authority");
  other = await createTestOrganisation(db, "Other authority");
  for (const role of ROLES) {
    users[role] = (await createTestMember(db, home.id, [role])).user.id;
  }
  const multi = await createTestMember(db, home.id, ["DRAFTER"]);
  await db.membership.create({ data: { userId: multi.user.id, organisationId: other.id, roles: ["ADMIN"] } });
  users.MULTI = multi.user.id;
  users.INACTIVE = (await createTestMember(db, home.id, ["ADMIN"], { isActive: false })).user.id;
  users.NONE = (await db.user.create({ data: { email: `none.${home.id}@test.example`, name: "Nobody" } })).id;
  otherMembershipId = (await createTestMember(db, other.id, ["DRAFTER"])).membership.id;
});

afterAll(() => db.$disconnect());

// Who may do what in their own organisation: written out by hand from the product rules, a
// permission at a time, not derived from the permission table (which lists them a role at a
// time), so a change to the table has to change this too.
const EXPECTED: Record<Permission, Role[]> = {
  "organisation.view": ["DRAFTER", "EVALUATOR", "OSPO", "ADMIN"],
  "member.manage": ["ADMIN"],
  "audit.view": ["ADMIN"],
  // Evaluators read the opened bids, not the drafts.
  "tender.view": ["DRAFTER", "OSPO", "ADMIN"],
  "tender.draft": ["DRAFTER", "ADMIN"],
  "tender.review": ["OSPO", "ADMIN"],
  // Procurement staff register bids and open them, two of them together (four-eyes), and set up
  // the evaluation panel.
  "bid.register": ["DRAFTER", "ADMIN"],
  "bid.open": ["DRAFTER", "ADMIN"],
  "bid.view": ["DRAFTER", "EVALUATOR", "ADMIN"],
  "bid.evaluate": ["EVALUATOR"],
  "panel.manage": ["DRAFTER", "ADMIN"],
  "template.manage": ["OSPO", "ADMIN"],
  "clause.manage": ["OSPO", "ADMIN"],
};
describe("the guard", () => {
  const cases = ROLES.flatMap((role) =>
    PERMISSIONS.map((permission) => ({ role, permission, allowed: EXPECTED[permission].includes(role) })),
  );

  it.each(cases)("a $role is allowed $permission: $allowed", async ({ role, permission, allowed }) => {
    const result = await loadViewer(db, users[role]!, undefined);
    expect(result.kind).toBe("viewer");
    if (result.kind !== "viewer") return;
    expect(result.viewer.organisation.id).toBe(home.id);
    expect(can(result.viewer.roles, permission)).toBe(allowed);
  });

  it("never puts a user in an organisation they do not belong to, whatever the cookie says", async () => {
    const result = await loadViewer(db, users.ADMIN!, other.id);
    expect(result.kind === "viewer" && result.viewer.organisation.id).toBe(home.id);
    expect(result.kind === "viewer" && can(result.viewer.roles, "member.manage")).toBe(true);
  });

  it("gives a member of two organisations the roles of the one they chose, and only those", async () => {
    const inHome = await loadViewer(db, users.MULTI!, home.id);
    const inOther = await loadViewer(db, users.MULTI!, other.id);
    expect(inHome.kind === "viewer" && inHome.viewer.roles).toEqual(["DRAFTER"]);
    expect(inOther.kind === "viewer" && inOther.viewer.roles).toEqual(["ADMIN"]);
    expect(inHome.kind === "viewer" && can(inHome.viewer.roles, "member.manage")).toBe(false);
  });

  it("refuses a deactivated account, an unknown user, and tells apart a user with no organisation", async () => {
    expect((await loadViewer(db, users.INACTIVE!, undefined)).kind).toBe("none");
    expect((await loadViewer(db, "no-such-user", undefined)).kind).toBe("none");
    expect((await loadViewer(db, users.NONE!, undefined)).kind).toBe("no-organisation");
  });

  it("answers 'not found' for another organisation's member, and finds its own", async () => {
    await expect(getMember(db, home.id, otherMembershipId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getMember(db, other.id, otherMembershipId)).resolves.toMatchObject({
      membershipId: otherMembershipId,
    });
  });
});
