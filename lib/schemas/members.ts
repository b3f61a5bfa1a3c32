import { z } from "zod";
import { messageRef } from "@/lib/i18n/message-ref";
import {
  emailField,
  idField,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  nameField,
  rolesField,
  versionField,
} from "./fields";

export const addMemberSchema = z.object({
  name: nameField,
  email: emailField,
  roles: rolesField,
  /** Needed only when the person has no account yet; they should change it after signing in. */
  initialPassword: z
    .string()
    .max(MAX_PASSWORD_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_PASSWORD_LENGTH }) })
    .refine((value) => value === "" || value.length >= MIN_PASSWORD_LENGTH, {
      error: messageRef("validation.passwordTooShort", { min: MIN_PASSWORD_LENGTH }),
    })
    .default(""),
});
export type AddMemberInput = z.infer<typeof addMemberSchema>;

export const changeMemberRolesSchema = z.object({
  membershipId: idField,
  version: versionField,
  roles: rolesField,
});
export type ChangeMemberRolesInput = z.infer<typeof changeMemberRolesSchema>;

export const removeMemberSchema = z.object({
  membershipId: idField,
  version: versionField,
});
export type RemoveMemberInput = z.infer<typeof removeMemberSchema>;
