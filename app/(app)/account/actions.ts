"use server";
import { changePasswordSchema } from "@/lib/schemas/account";
import { changePassword } from "@/lib/server/account/change-password";
import { defineAction } from "@/lib/server/action";

export const changePasswordAction = defineAction(
  { schema: changePasswordSchema, permission: null },
  async ({ viewer, input, tx, audit }) => {
    await changePassword(tx, viewer.userId, input);
    // An account belongs to no single organisation: the event is recorded without one.
    audit({ action: "user.password_changed", entityType: "User", entityId: viewer.userId, organisationId: null });
  },
);
