import { z } from "zod";
import { messageRef } from "@/lib/i18n/message-ref";
import { MAX_PASSWORD_LENGTH, newPasswordField } from "./fields";

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: messageRef("validation.currentPasswordRequired") })
      .min(1, { error: messageRef("validation.currentPasswordRequired") })
      .max(MAX_PASSWORD_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_PASSWORD_LENGTH }) }),
    newPassword: newPasswordField,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    error: messageRef("validation.passwordsDiffer"),
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    error: messageRef("validation.passwordUnchanged"),
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
