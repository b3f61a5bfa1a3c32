import "server-only";
import { AppError } from "@/lib/errors";
import type { ChangeMemberRolesInput } from "@/lib/schemas/members";
import type { DbTransaction } from "@/lib/server/db";
import { ensureAnAdminRemains } from "./ensure-an-admin-remains";
import { getMember } from "./get-member";

/** Replaces a member's roles, refusing if someone else changed the member since it was read. */
export async function changeMemberRoles(tx: DbTransaction, organisationId: string, input: ChangeMemberRolesInput) {
  const before = await getMember(tx, organisationId, input.membershipId);
  const updated = await tx.membership.updateMany({
    where: { id: input.membershipId, organisationId, version: input.version },
    data: { roles: input.roles, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("CONFLICT", "errors.memberChangedMeanwhile");
  await ensureAnAdminRemains(tx, organisationId);
  return { before, after: { ...before, roles: input.roles, version: input.version + 1 } };
}
