import "server-only";
import { AppError } from "@/lib/errors";
import type { AddMemberInput } from "@/lib/schemas/members";
import { hashPassword } from "@/lib/server/auth/password";
import type { DbTransaction } from "@/lib/server/db";

export type AddMemberOutcome = { membershipId: string; userId: string; createdAccount: boolean };

/**
 * Adds a person to an organisation with the given roles. A person who already has an account
 * (in another organisation) keeps it; otherwise an account is created with the initial password.
 */
export async function addMember(
  tx: DbTransaction,
  organisationId: string,
  input: AddMemberInput,
): Promise<AddMemberOutcome> {
  const existing = await tx.user.findUnique({
    where: { email: input.email },
    select: { id: true, memberships: { where: { organisationId }, select: { id: true } } },
  });
  if (existing?.memberships.length) throw new AppError("CONFLICT", "validation.memberExists", "email");

  let userId = existing?.id;
  if (!userId) {
    if (input.initialPassword === "")
      throw new AppError("VALIDATION", "validation.initialPasswordRequired", "initialPassword");
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash: await hashPassword(input.initialPassword) },
      select: { id: true },
    });
    userId = user.id;
  }

  const membership = await tx.membership.create({
    data: { userId, organisationId, roles: input.roles },
    select: { id: true },
  });
  return { membershipId: membership.id, userId, createdAccount: !existing };
}
