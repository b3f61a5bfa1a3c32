"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { templateSovereigntySchema, type TemplateSovereigntyInput } from "@/lib/schemas/template-sections";
import type { StepProps } from "@/app/(app)/tenders/[tenderId]/sovereignty/form-props";
import { SovereigntySteps } from "@/app/(app)/tenders/[tenderId]/sovereignty/sovereignty-steps";
import { saveTemplateSovereigntyAction } from "../section-actions";
import { useTemplateForm } from "../use-template-form";

/** The default sovereignty profile, in the tender's three steps. */
export function TemplateSovereigntyForm({
  values,
}: {
  values: TemplateSovereigntyInput & { templateId: string; version: number };
}) {
  const tBuilder = useTranslations("templates.builder");
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useTemplateForm({
    schema: templateSovereigntySchema,
    action: saveTemplateSovereigntyAction,
    values,
  });
  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          {/* The steps only touch the profile's fields, which this form holds beside the template's ids. */}
          <SovereigntySteps form={form as unknown as StepProps["form"]} fieldError={fieldError} />
          <SubmitButton pending={isPending}>{tBuilder("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
