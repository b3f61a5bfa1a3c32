"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { sovereigntySchema, type SovereigntyInput } from "@/lib/schemas/sovereignty";
import { useSectionForm } from "../use-section-form";
import { saveSovereigntyAction } from "./actions";
import type { StepProps } from "./form-props";
import { SovereigntySteps } from "./sovereignty-steps";

/**
 * The sovereignty profile in three steps on one page: the risk assessment, the minimum SEAL per
 * objective that it proposes, and the weights of the objectives.
 */
export function SovereigntyForm({ values }: { values: SovereigntyInput & { tenderId: string; version: number } }) {
  const t = useTranslations("tenders.sovereignty");
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useSectionForm({
    schema: sovereigntySchema,
    action: saveSovereigntyAction,
    values,
  });

  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          {/* The steps only touch the profile's fields, which this form holds beside the tender's ids. */}
          <SovereigntySteps form={form as unknown as StepProps["form"]} fieldError={fieldError} />
          <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
