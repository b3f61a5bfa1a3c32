import { z } from "zod";
import { AUTHORITY_TYPES } from "@/lib/domain/roles";
import { messageRef } from "@/lib/i18n/message-ref";
import { emailField, nameField } from "./fields";

/** A contracting authority as an operator registers it (CLI), before anyone can sign in for it. */
export const organisationSetupSchema = z.object({
  name: z
    .string({ error: messageRef("validation.organisationNameRequired") })
    .trim()
    .min(1, { error: messageRef("validation.organisationNameRequired") })
    .max(200, { error: messageRef("validation.tooLong", { max: 200 }) }),
  /** ISO 3166-1 alpha-2, upper case. */
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: messageRef("validation.countryInvalid") }),
  authorityType: z.enum(AUTHORITY_TYPES, { error: messageRef("validation.authorityTypeInvalid") }),
  /** Prefix of tender references, e.g. MIN in MIN-2026-0007. */
  referencePrefix: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9]{1,7}$/, { error: messageRef("validation.referencePrefixInvalid") }),
});
export type OrganisationSetupInput = z.infer<typeof organisationSetupSchema>;

export const administratorSetupSchema = z.object({
  referencePrefix: z.string().trim().toUpperCase().min(1),
  email: emailField,
  name: nameField,
});
export type AdministratorSetupInput = z.infer<typeof administratorSetupSchema>;
