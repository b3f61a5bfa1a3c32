import { z } from "zod";
import {
  COMPONENT_RELATIONS,
  COST_CATEGORIES,
  MODEL_OPENNESS_CLASSES,
  STANDARD_ANSWERS,
  type BidContent,
} from "@/lib/domain/bids/bid-model";
import { MAX_AMOUNT_CENTS } from "@/lib/domain/money";
import { SOVEREIGNTY_OBJECTIVES, type SealLevel } from "@/lib/domain/tender/sovereignty";
import { messageRef } from "@/lib/i18n/message-ref";

/**
 * The shape of a bid's content (lib/domain/bids/bid-model.ts), shared by the entry form, the CSV
 * and JSON imports, the `tco` command and the stored JSON. It checks each value on its own; what
 * depends on the tender (years within its horizon, its lots, the standards it requires) is checked
 * by lib/domain/bids against the tender, so both report problems with the same field paths.
 */

export const MAX_BID_TEXT_LENGTH = 4_000;
export const MAX_BID_LINE_LENGTH = 300;
export const MAX_COST_LINES = 2_000;
export const MAX_COMPONENTS = 20_000;
/** Year indices beyond any horizon a tender can set (30 years) plus its exit period. */
export const MAX_COST_YEAR = 40;

const text = (max: number, required = false) => {
  const base = z.string({ error: messageRef("validation.required") }).trim();
  const bounded = base.max(max, { error: messageRef("validation.tooLong", { max }) });
  return required ? bounded.min(1, { error: messageRef("validation.required") }) : bounded.default("");
};

export const bidderSchema = z.object({
  name: text(MAX_BID_LINE_LENGTH, true),
  country: z
    .string({ error: messageRef("validation.countryInvalid") })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: messageRef("validation.countryInvalid") }),
  registrationId: text(MAX_BID_LINE_LENGTH, true),
  isSme: z.boolean({ error: messageRef("validation.bid.smeRequired") }),
  contactName: text(MAX_BID_LINE_LENGTH),
  contactEmail: z
    .string()
    .trim()
    .max(254, { error: messageRef("validation.tooLong", { max: 254 }) })
    .refine((value) => value === "" || z.email().safeParse(value).success, {
      error: messageRef("validation.emailInvalid"),
    })
    .default(""),
});

export const costLineSchema = z.object({
  category: z.enum(COST_CATEGORIES, { error: messageRef("validation.bid.costCategoryUnknown") }),
  year: z
    .number({ error: messageRef("validation.bid.yearInvalid") })
    .int({ error: messageRef("validation.bid.yearInvalid") })
    .min(0, { error: messageRef("validation.bid.yearInvalid") })
    .max(MAX_COST_YEAR, { error: messageRef("validation.bid.yearInvalid") }),
  amountCents: z
    .number({ error: messageRef("validation.bid.amountInvalid") })
    .int({ error: messageRef("validation.bid.amountInvalid") })
    .min(0, { error: messageRef("validation.money.negative") })
    .max(MAX_AMOUNT_CENTS, { error: messageRef("validation.money.tooLarge") }),
  note: text(MAX_BID_LINE_LENGTH),
});

export const bidComponentSchema = z.object({
  name: text(MAX_BID_LINE_LENGTH, true),
  version: text(MAX_BID_LINE_LENGTH),
  supplier: text(MAX_BID_LINE_LENGTH),
  /** Classified later (lib/domain/licences): an invalid expression is a finding, not a refusal. */
  licence: text(MAX_BID_LINE_LENGTH),
  repository: text(MAX_BID_LINE_LENGTH),
  relation: z.enum(COMPONENT_RELATIONS, { error: messageRef("validation.bid.relationUnknown") }).default("DELIVERED"),
  isAiModel: z.boolean().default(false),
  modelOpennessClass: z
    .enum(MODEL_OPENNESS_CLASSES, { error: messageRef("validation.bid.modelOpennessClassUnknown") })
    .nullable()
    .default(null),
});

export const sovereigntyClaimSchema = z.object({
  level: z
    .number({ error: messageRef("validation.bid.sealInvalid") })
    .int({ error: messageRef("validation.bid.sealInvalid") })
    .min(0, { error: messageRef("validation.bid.sealInvalid") })
    .max(4, { error: messageRef("validation.bid.sealInvalid") })
    .transform((level) => level as SealLevel),
  evidence: text(MAX_BID_TEXT_LENGTH),
});

export const standardAnswerSchema = z.object({
  standardId: text(MAX_BID_LINE_LENGTH, true),
  answer: z.enum(STANDARD_ANSWERS, { error: messageRef("validation.bid.standardAnswerUnknown") }),
  evidence: text(MAX_BID_TEXT_LENGTH),
});

export const bidContentSchema = z.object({
  bidder: bidderSchema,
  lotKey: z.string().trim().min(1).max(20).nullable().default(null),
  solution: text(MAX_BID_TEXT_LENGTH),
  claimsOpenSource: z.boolean().default(false),
  costLines: z
    .array(costLineSchema)
    .max(MAX_COST_LINES, { error: messageRef("validation.bid.tooManyCostLines", { max: MAX_COST_LINES }) }),
  components: z
    .array(bidComponentSchema)
    .max(MAX_COMPONENTS, { error: messageRef("validation.bid.tooManyComponents", { max: MAX_COMPONENTS }) })
    .default([]),
  sovereigntyClaims: z.partialRecord(z.enum(SOVEREIGNTY_OBJECTIVES), sovereigntyClaimSchema).default({}),
  standardAnswers: z.array(standardAnswerSchema).default([]),
}) satisfies z.ZodType<BidContent, unknown>;
