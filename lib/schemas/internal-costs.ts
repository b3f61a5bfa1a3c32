import { z } from "zod";
import { COST_CATEGORIES } from "@/lib/domain/bids/bid-model";
import { MAX_INTERNAL_COST_LINES } from "@/lib/domain/bids/internal-costs";
import { parseMoneyInput } from "@/lib/domain/money";
import { messageRef } from "@/lib/i18n/message-ref";
import { MAX_BID_LINE_LENGTH, MAX_COST_YEAR } from "./bid";
import { idField, versionField } from "./fields";

/**
 * The authority's internal cost lines as its forms send them (amounts typed in the reader's
 * language), for the tender's default lines and for one bid's own. Years beyond the tender's
 * horizon are refused by the server, which knows the horizon (lib/domain/bids/internal-costs.ts).
 */
const yearField = z
  .string({ error: messageRef("validation.bid.yearInvalid") })
  .trim()
  .regex(/^\d{1,2}$/, { error: messageRef("validation.bid.yearInvalid") })
  .transform(Number)
  .pipe(z.number().max(MAX_COST_YEAR, { error: messageRef("validation.bid.yearInvalid") }));

const amountField = z
  .string({ error: messageRef("validation.internalCosts.amountRequired") })
  .transform((text, context) => {
    if (text.trim() === "") {
      context.addIssue({ code: "custom", message: messageRef("validation.internalCosts.amountRequired") });
      return z.NEVER;
    }
    const parsed = parseMoneyInput(text);
    if (!parsed.ok) {
      context.addIssue({ code: "custom", message: messageRef(`validation.money.${parsed.reason}`) });
      return z.NEVER;
    }
    return parsed.cents;
  });

export const internalCostLineSchema = z.object({
  category: z.enum(COST_CATEGORIES, { error: messageRef("validation.bid.costCategoryUnknown") }),
  year: yearField,
  amount: amountField,
  note: z
    .string()
    .trim()
    .max(MAX_BID_LINE_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_BID_LINE_LENGTH }) })
    .default(""),
});
export type InternalCostLineInput = z.input<typeof internalCostLineSchema>;

const linesField = z.array(internalCostLineSchema).max(MAX_INTERNAL_COST_LINES, {
  error: messageRef("validation.internalCosts.tooMany", { max: MAX_INTERNAL_COST_LINES }),
});

/**
 * The tender's default lines. `fingerprint` identifies the lines the form started from: the
 * tender's version belongs to its sections and corrigenda, so the lock is on the lines themselves.
 */
export const tenderInternalCostsSchema = z.object({
  tenderId: idField,
  fingerprint: z.string().max(128),
  lines: linesField,
});
export type TenderInternalCostsInput = z.input<typeof tenderInternalCostsSchema>;

/** One bid's own lines, from the bid's version (its optimistic lock). */
export const bidInternalCostsSchema = z.object({
  tenderId: idField,
  bidId: idField,
  version: versionField,
  lines: linesField,
});
export type BidInternalCostsInput = z.input<typeof bidInternalCostsSchema>;

/** The bid goes back to the tender's lines. */
export const resetBidInternalCostsSchema = z.object({ tenderId: idField, bidId: idField, version: versionField });
