import type { UseFormReturn } from "react-hook-form";
import type { SovereigntyInput } from "@/lib/schemas/sovereignty";

/** What each step of the sovereignty form gets from the form around it. */
export type StepProps = {
  form: UseFormReturn<SovereigntyInput>;
  fieldError: (name: string) => string | undefined;
};
