import type { UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { sovereigntyFields } from "@/lib/schemas/sovereignty";

/** The profile's fields as the form holds them, whatever ids the form carries beside them. */
export type SovereigntyFieldValues = z.input<z.ZodObject<typeof sovereigntyFields>>;

/**
 * What each step of the sovereignty form gets from the form around it: the tender's section and
 * the template builder share the steps.
 */
export type StepProps = {
  form: UseFormReturn<SovereigntyFieldValues>;
  fieldError: (name: string) => string | undefined;
};
