import { z } from "zod";
import { messageRef } from "@/lib/i18n/message-ref";
import { ROLES } from "@/lib/domain/roles";

/** Building blocks shared by forms, server actions and route handlers. */

export const MAX_EMAIL_LENGTH = 254;
export const MAX_NAME_LENGTH = 120;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

export const emailField = z
  .string({ error: messageRef("validation.required") })
  .trim()
  .min(1, { error: messageRef("validation.emailRequired") })
  .max(MAX_EMAIL_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_EMAIL_LENGTH }) })
  .pipe(z.email({ error: messageRef("validation.emailInvalid") }))
  .transform((email) => email.toLowerCase());

export const nameField = z
  .string({ error: messageRef("validation.required") })
  .trim()
  .min(1, { error: messageRef("validation.nameRequired") })
  .max(MAX_NAME_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_NAME_LENGTH }) });

/** A password being set. Length is what matters (NIST SP 800-63B), not character classes. */
export const newPasswordField = z
  .string({ error: messageRef("validation.required") })
  .min(MIN_PASSWORD_LENGTH, { error: messageRef("validation.passwordTooShort", { min: MIN_PASSWORD_LENGTH }) })
  .max(MAX_PASSWORD_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_PASSWORD_LENGTH }) });

export const idField = z
  .string({ error: messageRef("validation.required") })
  .min(1, { error: messageRef("validation.required") })
  .max(64, { error: messageRef("validation.tooLong", { max: 64 }) });

export const rolesField = z
  .array(z.enum(ROLES, { error: messageRef("validation.roleUnknown") }), {
    error: messageRef("validation.rolesRequired"),
  })
  .min(1, { error: messageRef("validation.rolesRequired") })
  .transform((roles) => [...new Set(roles)]);

export const versionField = z.coerce
  .number({ error: messageRef("validation.required") })
  .int()
  .min(0);
