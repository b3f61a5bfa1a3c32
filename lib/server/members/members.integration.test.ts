import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestMember, createTestOrganisation } from "@/scripts/testing/test-database";
import { addMember } from "./add-member";
import { changeMemberRoles } from "./change-member-roles";
import { listMembers } from "./list-members";
import { removeMember } from "./remove-member";

const db = connectTestDatabase();
let organisationId: string;
let adminMembershipId: string;

beforeEach(async () => {
  organisationId = (await createTestOrganisation(db)).id;
  adminMembershipId = (await createTestMember(db, organisationId, ["ADMIN"])).membership.id;
});

afterAll(() => db.$disconnect());

const input = (email: string, extra: Partial<Parameters<typeof addMember>[2]> = {}) => ({
  name: "Paula Procurement",
  email,
  roles: ["DRAFTER" as const],
  initialPassword: "a-long-initial-password",
  ...extra,
});

describe("members", () => {
  it("adds a new person with an account, and an existing person without touching their account", async () => {
    const email = `paula.${organisationId}@test.example`;
    const created = await db.$transaction((tx) => addMember(tx, organisationId, input(email)));
    expect(created.createdAccount).toBe(true);

    const second = (await createTestOrganisation(db)).id;
    const reused = await db.$transaction((tx) =>
      addMember(tx, second, input(email, { name: "Ignored", initialPassword: "" })),
    );
    expect(reused).toMatchObject({ userId: created.userId, createdAccount: false });
    const user = await db.user.findUniqueOrThrow({ where: { id: created.userId } });
    expect(user.name).toBe("Paula Procurement");
  });

  it("refuses a duplicate member, and a new person without an initial password, changing nothing", async () => {
    const email = `dup.${organisationId}@test.example`;
    await db.$transaction((tx) => addMember(tx, organisationId, input(email)));
    await expect(db.$transaction((tx) => addMember(tx, organisationId, input(email)))).rejects.toMatchObject({
      code: "CONFLICT",
      field: "email",
    });
    await expect(
      db.$transaction((tx) =>
        addMember(tx, organisationId, input(`nopass.${organisationId}@test.example`, { initialPassword: "" })),
      ),
    ).rejects.toMatchObject({ code: "VALIDATION", field: "initialPassword" });
    expect(await db.user.count({ where: { email: `nopass.${organisationId}@test.example` } })).toBe(0);
    expect(await listMembers(db, organisationId)).toHaveLength(2);
  });

  it("refuses a role change made on a stale version (optimistic locking)", async () => {
    const { membership } = await createTestMember(db, organisationId, ["EVALUATOR"]);
    await db.$transaction((tx) =>
      changeMemberRoles(tx, organisationId, { membershipId: membership.id, version: 0, roles: ["OSPO"] }),
    );
    await expect(
      db.$transaction((tx) =>
        changeMemberRoles(tx, organisationId, { membershipId: membership.id, version: 0, roles: ["DRAFTER"] }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const row = await db.membership.findUniqueOrThrow({ where: { id: membership.id } });
    expect(row).toMatchObject({ roles: ["OSPO"], version: 1 });
  });

  it("never leaves an organisation without an administrator", async () => {
    await expect(
      db.$transaction((tx) =>
        changeMemberRoles(tx, organisationId, { membershipId: adminMembershipId, version: 0, roles: ["DRAFTER"] }),
      ),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(
      db.$transaction((tx) => removeMember(tx, organisationId, { membershipId: adminMembershipId, version: 0 })),
    ).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    const row = await db.membership.findUniqueOrThrow({ where: { id: adminMembershipId } });
    expect(row.roles).toEqual(["ADMIN"]);
  });

  it("cannot change or remove a member of another organisation", async () => {
    const elsewhere = (await createTestOrganisation(db)).id;
    const { membership } = await createTestMember(db, elsewhere, ["DRAFTER"]);
    await expect(
      db.$transaction((tx) =>
        changeMemberRoles(tx, organisationId, { membershipId: membership.id, version: 0, roles: ["ADMIN"] }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      db.$transaction((tx) => removeMember(tx, organisationId, { membershipId: membership.id, version: 0 })),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.membership.findUnique({ where: { id: membership.id } })).not.toBeNull();
  });
});
