"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { templateDetailsSchema, type TemplateDetailsInput } from "@/lib/schemas/template-forms";
import { TemplateSettingsFields } from "../../template-settings-fields";
import { saveTemplateDetailsAction } from "../section-actions";
import { useTemplateForm } from "../use-template-form";

/** Name, summary, language, shelf and licence of the draft. */
export function DetailsForm({
  values,
  languageFixed,
}: {
  values: TemplateDetailsInput & { templateId: string; version: number };
  languageFixed: boolean;
}) {
  const t = useTranslations("templates");
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useTemplateForm({
    schema: templateDetailsSchema,
    action: saveTemplateDetailsAction,
    values,
  });
  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <TextField
            name="name"
            label={t("fields.name")}
            hint={t("fields.nameHint")}
            error={fieldError("name")}
            registration={form.register("name")}
          />
          <TextareaField
            name="summary"
            label={t("fields.summary")}
            hint={t("fields.summaryHint")}
            rows={4}
            error={fieldError("summary")}
            registration={form.register("summary")}
          />
          <TemplateSettingsFields
            register={(name) => form.register(name)}
            fieldError={fieldError}
            languageFixed={languageFixed}
            fixedLanguage={values.language}
          />
          <SubmitButton pending={isPending}>{t("builder.save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
