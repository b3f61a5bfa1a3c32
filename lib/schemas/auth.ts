import { z } from "zod";
import { messageRef } from "@/lib/i18n/message-ref";
import { emailField, MAX_PASSWORD_LENGTH } from "./fields";

export const signInSchema = z.object({
  email: emailField,
  password: z
    .string({ error: messageRef("validation.passwordRequired") })
    .min(1, { error: messageRef("validation.passwordRequired") })
    .max(MAX_PASSWORD_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_PASSWORD_LENGTH }) }),
});

export type SignInInput = z.infer<typeof signInSchema>;
