import { z } from "zod";
import type { CostLine } from "@/lib/domain/bids/bid-model";
import { formatMoneyInput, parseMoneyInput } from "@/lib/domain/money";
import { messageRef } from "@/lib/i18n/message-ref";
import { costLineSchema, MAX_COST_YEAR } from "./bid";

/**
 * One cost line as the forms hold it (the year as chosen, the amount as typed in the reader's
 * language), turned into a stored cost line (lib/schemas/bid.ts). The bid entry form and the
 * authority's internal costs share it. Whether the year lies within the tender's horizon is the
 * tender's check (lib/domain/bids/cost-years.ts), made with the same field path.
 */

const yearField = z
  .string({ error: messageRef("validation.costLines.yearRequired") })
  .trim()
  .min(1, { error: messageRef("validation.costLines.yearRequired"), abort: true })
  .regex(/^\d{1,2}$/, { error: messageRef("validation.bid.yearInvalid") })
  .transform(Number)
  .pipe(z.number().max(MAX_COST_YEAR, { error: messageRef("validation.bid.yearInvalid") }));

const amountField = z
  .string({ error: messageRef("validation.costLines.amountRequired") })
  .transform((text, context) => {
    if (text.trim() === "") {
      context.addIssue({ code: "custom", message: messageRef("validation.costLines.amountRequired") });
      return z.NEVER;
    }
    const parsed = parseMoneyInput(text);
    if (!parsed.ok) {
      context.addIssue({ code: "custom", message: messageRef(`validation.money.${parsed.reason}`) });
      return z.NEVER;
    }
    return parsed.cents;
  });

export const costLineFormSchema = z
  .object({
    category: costLineSchema.shape.category,
    year: yearField,
    amount: amountField,
    note: costLineSchema.shape.note,
  })
  .transform(({ category, year, amount, note }): CostLine => ({ category, year, amountCents: amount, note }));
export type CostLineFormInput = z.input<typeof costLineFormSchema>;

/** Stored cost lines as the forms hold them, to edit them again. */
export function costLineFormValues(lines: readonly CostLine[]): CostLineFormInput[] {
  return lines.map((line) => ({
    category: line.category,
    year: String(line.year),
    amount: formatMoneyInput(line.amountCents),
    note: line.note,
  }));
}
