import "server-only";
import { AppError } from "@/lib/errors";
import type { ChangePasswordInput } from "@/lib/schemas/account";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import type { DbTransaction } from "@/lib/server/db";

/** Replaces the user's password, after checking the current one. */
export async function changePassword(tx: DbTransaction, userId: string, input: ChangePasswordInput): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("VALIDATION", "validation.currentPasswordWrong", "currentPassword");
  }
  await tx.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(input.newPassword) } });
}
