import "server-only";
import { AppError } from "@/lib/errors";
import type { RemoveMemberInput } from "@/lib/schemas/members";
import type { DbTransaction } from "@/lib/server/db";
import { ensureAnAdminRemains } from "./ensure-an-admin-remains";
import { getMember } from "./get-member";

/** Removes a person from the organisation; their account and other memberships stay. */
export async function removeMember(tx: DbTransaction, organisationId: string, input: RemoveMemberInput) {
  const before = await getMember(tx, organisationId, input.membershipId);
  const deleted = await tx.membership.deleteMany({
    where: { id: input.membershipId, organisationId, version: input.version },
  });
  if (deleted.count === 0) throw new AppError("CONFLICT", "errors.memberChangedMeanwhile");
  await ensureAnAdminRemains(tx, organisationId);
  return { before };
}
