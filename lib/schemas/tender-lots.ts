import { z } from "zod";
import { parseMoneyInput } from "@/lib/domain/money";
import { checkLotList, LOT_KEY_PATTERN, MAX_LOTS } from "@/lib/domain/tender/lots";
import { messageRef } from "@/lib/i18n/message-ref";
import { sectionBase } from "./tender";

export const MAX_LOT_TITLE_LENGTH = 200;
export const MAX_LOT_DESCRIPTION_LENGTH = 4_000;
export const MAX_REASONS_LENGTH = 4_000;

/** The drafter's answer to "Do you want to divide the contract into lots?". */
export const LOT_CHOICES = ["DIVIDED", "NOT_DIVIDED"] as const;
export type LotChoice = (typeof LOT_CHOICES)[number];

/** A lot's value is part of the contract's: it must be given, and worth something. */
const lotValueField = z.string().transform((text, context) => {
  if (text.trim() === "") {
    context.addIssue({ code: "custom", message: messageRef("validation.lots.valueRequired") });
    return z.NEVER;
  }
  const parsed = parseMoneyInput(text);
  if (!parsed.ok) {
    context.addIssue({ code: "custom", message: messageRef(`validation.money.${parsed.reason}`) });
    return z.NEVER;
  }
  if (parsed.cents === 0) {
    context.addIssue({ code: "custom", message: messageRef("validation.lots.valueNotPositive") });
    return z.NEVER;
  }
  return parsed.cents;
});

export const lotInputSchema = z.object({
  // Given by the form (never typed), so a bad one is a forged post: a plain "invalid" will do.
  key: z.string().regex(LOT_KEY_PATTERN, { error: messageRef("validation.invalid") }),
  title: z
    .string()
    .trim()
    .min(1, { error: messageRef("validation.lots.titleRequired") })
    .max(MAX_LOT_TITLE_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_LOT_TITLE_LENGTH }) }),
  description: z
    .string()
    .trim()
    .max(MAX_LOT_DESCRIPTION_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_LOT_DESCRIPTION_LENGTH }) })
    .default(""),
  // Optional: without one, the tender's main CPV code applies to the lot.
  cpv: z
    .string()
    .regex(/^(\d{8})?$/, { error: messageRef("cpv.unknownCode") })
    .default(""),
  estimatedValue: lotValueField,
});
export type LotInput = z.input<typeof lotInputSchema>;

const dividedSchema = z
  .object({
    ...sectionBase,
    divided: z.literal("DIVIDED"),
    lots: z.array(lotInputSchema).max(MAX_LOTS, { error: messageRef("validation.lots.tooMany", { max: MAX_LOTS }) }),
  })
  .superRefine(
    (input, context) => {
      const lots = Array.isArray(input.lots) ? input.lots.map((lot) => ({ key: String(lot?.key ?? "") })) : [];
      // `lotCount` names the list as a whole: react-hook-form keeps errors on a field array's own
      // path apart ("root"), where the error summary would not see them.
      for (const problem of checkLotList(lots)) {
        context.addIssue({
          code: "custom",
          path: problem.path!.split("."),
          message: messageRef(`validation.${problem.code}`, problem.values),
        });
      }
    },
    // Also when a lot's own fields fail, so every problem is listed at once.
    { when: () => true },
  );

const notDividedSchema = z.object({
  ...sectionBase,
  divided: z.literal("NOT_DIVIDED"),
  // Required above the EU threshold only; the action knows the threshold and checks it.
  reasonsForNotDividing: z
    .string()
    .trim()
    .max(MAX_REASONS_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_REASONS_LENGTH }) })
    .default(""),
});

/**
 * "Divide into lots": either the lots (at least two) or the reasons for not dividing, never both.
 * The answer not chosen is left out, so whatever the drafter typed under the other answer is
 * kept on screen but not saved.
 */
export const lotsSchema = z.discriminatedUnion("divided", [dividedSchema, notDividedSchema], {
  error: messageRef("validation.lots.choiceRequired"),
});
export type LotsInput = z.input<typeof lotsSchema>;
