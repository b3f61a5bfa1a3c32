"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { startTemplateVersionSchema } from "@/lib/schemas/template-forms";
import { startTemplateVersionAction } from "../lifecycle-actions";
import { useTemplateForm } from "../use-template-form";

export function NewVersionForm({
  templateId,
  version,
  number,
}: {
  templateId: string;
  version: number;
  number: number;
}) {
  const t = useTranslations("templates.newVersion");
  const { onSubmit, isPending, summaryErrors, attempt, notices } = useTemplateForm({
    schema: startTemplateVersionSchema,
    action: startTemplateVersionAction,
    values: { templateId, version },
  });
  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <SubmitButton pending={isPending}>{t("submit", { number })}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
