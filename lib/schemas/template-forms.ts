import { z } from "zod";
import { parseMoneyInput } from "@/lib/domain/money";
import { CONTRACT_NATURES, PROCEDURE_TYPES } from "@/lib/domain/tender/tender-enums";
import { GUIDANCE_SECTIONS, TEMPLATE_CATEGORIES, TEMPLATE_LICENCES } from "@/lib/domain/templates/template-content";
import { LOCALES } from "@/lib/i18n/config";
import { messageRef } from "@/lib/i18n/message-ref";
import { idField, versionField } from "./fields";
import {
  CPV_PREFIX_PATTERN,
  MAX_CPV_PREFIXES,
  MAX_GUIDANCE_TEXT_LENGTH,
  MAX_TEMPLATE_SUMMARY_LENGTH,
} from "./template-content";
import { MAX_CHANGELOG_LENGTH, MAX_TEMPLATE_FILE_CHARACTERS, MAX_TEMPLATE_NAME_LENGTH } from "./template-exchange";

/** The template builder's forms: each carries the template's id and the version it was loaded at. */
export const templateBase = { templateId: idField, version: versionField };

const tooLong = (max: number) => ({ error: messageRef("validation.tooLong", { max }) });

export const templateNameField = z
  .string({ error: messageRef("templates.validation.nameRequired") })
  .trim()
  .min(1, { error: messageRef("templates.validation.nameRequired") })
  .max(MAX_TEMPLATE_NAME_LENGTH, tooLong(MAX_TEMPLATE_NAME_LENGTH));

const languageField = z.enum(LOCALES, { error: messageRef("templates.validation.languageRequired") });
const categoryField = z.enum(TEMPLATE_CATEGORIES, { error: messageRef("templates.validation.categoryRequired") });
const licenceField = z.enum(TEMPLATE_LICENCES, { error: messageRef("templates.validation.licenceRequired") });

export const createTemplateSchema = z.object({
  name: templateNameField,
  language: languageField,
  category: categoryField,
  licence: licenceField,
});
export type CreateTemplateInput = z.input<typeof createTemplateSchema>;

export const templateDetailsSchema = z.object({
  ...templateBase,
  name: templateNameField,
  summary: z.string().trim().max(MAX_TEMPLATE_SUMMARY_LENGTH, tooLong(MAX_TEMPLATE_SUMMARY_LENGTH)),
  language: languageField,
  category: categoryField,
  licence: licenceField,
});
export type TemplateDetailsInput = z.input<typeof templateDetailsSchema>;

/** An amount as typed ("250 000", "1.5"), in cents; blank for "no bound". */
const optionalAmount = z
  .string()
  .default("")
  .transform((text, context) => {
    if (text.trim() === "") return null;
    const parsed = parseMoneyInput(text);
    if (parsed.ok) return parsed.cents;
    context.addIssue({ code: "custom", message: messageRef(`validation.money.${parsed.reason}`) });
    return z.NEVER;
  });

/** CPV prefixes typed as a list: "48, 722 72212000" → ["48", "722", "72212000"]. */
const cpvPrefixList = z
  .string()
  .default("")
  .transform((text, context) => {
    const prefixes = [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
    const wrong = prefixes.filter((prefix) => !CPV_PREFIX_PATTERN.test(prefix));
    if (wrong.length > 0) {
      context.addIssue({
        code: "custom",
        message: messageRef("templates.validation.cpvPrefixesInvalid", { prefixes: wrong.join(", ") }),
      });
    } else if (prefixes.length > MAX_CPV_PREFIXES) {
      context.addIssue({
        code: "custom",
        message: messageRef("templates.validation.cpvPrefixesTooMany", { max: MAX_CPV_PREFIXES }),
      });
    }
    return prefixes;
  });

export const templateIntendedUseSchema = z
  .object({
    ...templateBase,
    // "" is the "any" option.
    contractNature: z.union([z.literal(""), z.enum(CONTRACT_NATURES)], { error: messageRef("validation.invalid") }),
    cpvPrefixes: cpvPrefixList,
    // An unticked checkbox group arrives as false, a single ticked box as a string.
    procedureTypes: z.preprocess(
      (value) => (value === false || value === undefined || value === null ? [] : [value].flat()),
      z.array(z.enum(PROCEDURE_TYPES, { error: messageRef("validation.invalid") })),
    ),
    minValue: optionalAmount,
    maxValue: optionalAmount,
  })
  .superRefine((input, context) => {
    if (input.minValue !== null && input.maxValue !== null && input.minValue > input.maxValue) {
      context.addIssue({
        code: "custom",
        path: ["maxValue"],
        message: messageRef("templates.validation.valueRangeInverted"),
      });
    }
  });
export type TemplateIntendedUseInput = z.input<typeof templateIntendedUseSchema>;

/** One text box per tender section; blank boxes are no note. */
export const templateGuidanceSchema = z.object({
  ...templateBase,
  notes: z.object(
    Object.fromEntries(
      GUIDANCE_SECTIONS.map((section) => [
        section,
        z.string().trim().max(MAX_GUIDANCE_TEXT_LENGTH, tooLong(MAX_GUIDANCE_TEXT_LENGTH)).default(""),
      ]),
    ) as Record<(typeof GUIDANCE_SECTIONS)[number], z.ZodDefault<z.ZodString>>,
  ),
});
export type TemplateGuidanceInput = z.input<typeof templateGuidanceSchema>;

export const publishTemplateSchema = z.object({
  ...templateBase,
  changelog: z
    .string({ error: messageRef("templates.validation.changelogRequired") })
    .trim()
    .min(1, { error: messageRef("templates.validation.changelogRequired") })
    .max(MAX_CHANGELOG_LENGTH, tooLong(MAX_CHANGELOG_LENGTH)),
});
export type PublishTemplateInput = z.input<typeof publishTemplateSchema>;

export const startTemplateVersionSchema = z.object(templateBase);

export const MAX_DEPRECATION_NOTE_LENGTH = 2_000;

export const deprecateTemplateSchema = z.object({
  ...templateBase,
  /** "" for "no successor". */
  successorId: z.string().trim().max(64).default(""),
  note: z
    .string({ error: messageRef("templates.validation.deprecationNoteRequired") })
    .trim()
    .min(1, { error: messageRef("templates.validation.deprecationNoteRequired") })
    .max(MAX_DEPRECATION_NOTE_LENGTH, tooLong(MAX_DEPRECATION_NOTE_LENGTH)),
});
export type DeprecateTemplateInput = z.input<typeof deprecateTemplateSchema>;

/** The file's text, read in the browser; the server reads it again whatever the page checked. */
export const importTemplateSchema = z.object({
  content: z
    .string({ error: messageRef("templates.import.problems.fileRequired") })
    .min(1, { error: messageRef("templates.import.problems.fileRequired") })
    .max(MAX_TEMPLATE_FILE_CHARACTERS, {
      error: messageRef("templates.import.problems.tooLarge", { max: MAX_TEMPLATE_FILE_CHARACTERS }),
    }),
});

export const removeSovereigntySchema = z.object(templateBase);
