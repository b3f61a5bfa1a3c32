"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { publishTemplateSchema } from "@/lib/schemas/template-forms";
import { publishTemplateAction } from "../lifecycle-actions";
import { useTemplateForm } from "../use-template-form";

/** The changelog entry and the button: once published, the version never changes. */
export function PublishForm({ templateId, version, number }: { templateId: string; version: number; number: number }) {
  const t = useTranslations("templates.publish");
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useTemplateForm({
    schema: publishTemplateSchema,
    action: publishTemplateAction,
    values: { templateId, version, changelog: "" },
  });
  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <TextareaField
            name="changelog"
            label={t("changelog")}
            hint={t("changelogHint")}
            rows={4}
            error={fieldError("changelog")}
            registration={form.register("changelog")}
          />
          <p className="mb-4">{t("immutable")}</p>
          <SubmitButton pending={isPending}>{t("submit", { number })}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
