import { z } from "zod";
import { parseMoneyInput } from "@/lib/domain/money";
import { isIsoDate } from "@/lib/domain/tender/calendar-date";
import { PROCEDURE_RULES } from "@/lib/domain/tender/procedures";
import { CONTRACT_NATURES, PROCEDURE_TYPES } from "@/lib/domain/tender/tender-enums";
import { LOCALES } from "@/lib/i18n/config";
import { messageRef } from "@/lib/i18n/message-ref";
import { idField, versionField } from "./fields";

export const MAX_TITLE_LENGTH = 200;
export const MAX_SUMMARY_LENGTH = 4_000;

export const titleField = z
  .string({ error: messageRef("validation.tenderTitleRequired") })
  .trim()
  .min(1, { error: messageRef("validation.tenderTitleRequired") })
  .max(MAX_TITLE_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_TITLE_LENGTH }) });

export const createTenderSchema = z.object({ title: titleField });
export type CreateTenderInput = z.infer<typeof createTenderSchema>;

export const MAX_CORRIGENDUM_REASON_LENGTH = 2_000;

/**
 * Ids and the version the form was loaded at: every section save carries them. After
 * publication a save is a corrigendum and must say why (the reason is ignored on drafts).
 */
export const sectionBase = {
  tenderId: idField,
  version: versionField,
  corrigendumReason: z
    .string()
    .trim()
    .max(MAX_CORRIGENDUM_REASON_LENGTH, {
      error: messageRef("validation.tooLong", { max: MAX_CORRIGENDUM_REASON_LENGTH }),
    })
    .optional(),
};

export const aboutTenderSchema = z.object({
  ...sectionBase,
  reference: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{2,29}$/, { error: messageRef("validation.referenceInvalid") }),
  title: titleField,
  summary: z
    .string()
    .trim()
    .max(MAX_SUMMARY_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_SUMMARY_LENGTH }) }),
  contractNature: z.enum(CONTRACT_NATURES, { error: messageRef("validation.contractNatureRequired") }),
  documentsLanguage: z.enum(LOCALES, { error: messageRef("validation.invalid") }),
});
export type AboutTenderInput = z.infer<typeof aboutTenderSchema>;

export const procedureSchema = z
  .object({
    ...sectionBase,
    procedureType: z.enum(PROCEDURE_TYPES, { error: messageRef("validation.procedureRequired") }),
    procedureGround: z.string().trim().max(100).default(""),
  })
  .superRefine((input, context) => {
    const grounds: readonly string[] = PROCEDURE_RULES[input.procedureType].legalGrounds;
    if (grounds.length === 0) return;
    if (input.procedureGround === "") {
      context.addIssue({
        code: "custom",
        path: ["procedureGround"],
        message: messageRef("validation.procedureGroundRequired"),
      });
    } else if (!grounds.includes(input.procedureGround)) {
      context.addIssue({
        code: "custom",
        path: ["procedureGround"],
        message: messageRef("validation.procedureGroundNotApplicable"),
      });
    }
  })
  // A ground left over from a procedure chosen earlier means nothing for one that needs none.
  .transform((input) => ({
    ...input,
    procedureGround: PROCEDURE_RULES[input.procedureType].legalGrounds.length === 0 ? "" : input.procedureGround,
  }));
export type ProcedureInput = z.infer<typeof procedureSchema>;

export const CURRENCIES = ["EUR", "BGN", "CZK", "DKK", "HUF", "PLN", "RON", "SEK", "CHF", "ISK", "NOK"] as const;
export const MAX_CPV_CODES = 20;

const cpvCode = z.string().regex(/^\d{8}$/, { error: messageRef("cpv.unknownCode") });

export const scopeSchema = z
  .object({
    ...sectionBase,
    mainCpv: cpvCode,
    additionalCpvs: z
      .array(cpvCode)
      .max(MAX_CPV_CODES, { error: messageRef("validation.tooManyCpv", { max: MAX_CPV_CODES }) })
      .default([]),
    estimatedValue: z.string().transform((text, context) => {
      const parsed = parseMoneyInput(text);
      if (parsed.ok) return parsed.cents;
      context.addIssue({ code: "custom", message: messageRef(`validation.money.${parsed.reason}`) });
      return z.NEVER;
    }),
    currency: z.enum(CURRENCIES, { error: messageRef("validation.invalid") }),
    durationMonths: z.coerce
      .number({ error: messageRef("validation.durationInvalid") })
      .int({ error: messageRef("validation.durationInvalid") })
      .min(1, { error: messageRef("validation.durationInvalid") })
      .max(600, { error: messageRef("validation.durationInvalid") }),
    renewalOptions: z
      .string()
      .trim()
      .max(2_000, { error: messageRef("validation.tooLong", { max: 2_000 }) })
      .default(""),
  })
  .superRefine((input, context) => {
    if (input.additionalCpvs.includes(input.mainCpv)) {
      context.addIssue({ code: "custom", path: ["additionalCpvs"], message: messageRef("validation.cpvRepeatsMain") });
    }
  });
export type ScopeInput = z.input<typeof scopeSchema>;

const calendarDateField = z
  .string()
  .trim()
  .refine((value) => value === "" || isIsoDate(value), { error: messageRef("validation.dateInvalid") })
  .default("");

export const timelineSchema = z.object({
  ...sectionBase,
  publicationDate: calendarDateField,
  requestsDeadline: calendarDateField,
  invitationDate: calendarDateField,
  clarificationDeadline: calendarDateField,
  tenderDeadline: calendarDateField,
  openingDate: calendarDateField,
});
export type TimelineInput = z.input<typeof timelineSchema>;
