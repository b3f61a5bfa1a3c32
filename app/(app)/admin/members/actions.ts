"use server";
import { revalidatePath } from "next/cache";
import { addMemberSchema, changeMemberRolesSchema, removeMemberSchema } from "@/lib/schemas/members";
import { defineAction } from "@/lib/server/action";
import { addMember } from "@/lib/server/members/add-member";
import { changeMemberRoles } from "@/lib/server/members/change-member-roles";
import { removeMember } from "@/lib/server/members/remove-member";

const refreshMembers = () => revalidatePath("/admin/members");

export const addMemberAction = defineAction(
  { schema: addMemberSchema, permission: "member.manage", after: refreshMembers },
  async ({ viewer, input, tx, audit }) => {
    const outcome = await addMember(tx, viewer.organisation.id, input);
    if (outcome.createdAccount) {
      audit({
        action: "user.created",
        entityType: "User",
        entityId: outcome.userId,
        after: { email: input.email, name: input.name },
      });
    }
    audit({
      action: "membership.created",
      entityType: "Membership",
      entityId: outcome.membershipId,
      after: { email: input.email, roles: input.roles },
    });
    return outcome;
  },
);

export const changeMemberRolesAction = defineAction(
  { schema: changeMemberRolesSchema, permission: "member.manage", after: refreshMembers },
  async ({ viewer, input, tx, audit }) => {
    const { before, after } = await changeMemberRoles(tx, viewer.organisation.id, input);
    audit({
      action: "membership.roles_changed",
      entityType: "Membership",
      entityId: input.membershipId,
      before: { email: before.email, roles: before.roles },
      after: { email: after.email, roles: after.roles },
    });
    return { version: after.version };
  },
);

export const removeMemberAction = defineAction(
  { schema: removeMemberSchema, permission: "member.manage", after: refreshMembers },
  async ({ viewer, input, tx, audit }) => {
    const { before } = await removeMember(tx, viewer.organisation.id, input);
    audit({
      action: "membership.removed",
      entityType: "Membership",
      entityId: input.membershipId,
      before: { email: before.email, roles: before.roles },
    });
  },
);
