"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { GUIDANCE_SECTIONS } from "@/lib/domain/templates/template-content";
import { templateGuidanceSchema, type TemplateGuidanceInput } from "@/lib/schemas/template-forms";
import { saveTemplateGuidanceAction } from "../section-actions";
import { useTemplateForm } from "../use-template-form";

/** A note for drafters beside each tender section; blank boxes are no note. */
export function GuidanceForm({ values }: { values: TemplateGuidanceInput & { templateId: string; version: number } }) {
  const t = useTranslations("templates.guidance");
  const tBuilder = useTranslations("templates.builder");
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useTemplateForm({
    schema: templateGuidanceSchema,
    action: saveTemplateGuidanceAction,
    values,
  });
  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          {GUIDANCE_SECTIONS.map((section) => (
            <TextareaField
              key={section}
              name={`notes.${section}`}
              label={t(`sections.${section}`)}
              hint={t("hint")}
              rows={3}
              error={fieldError(`notes.${section}`)}
              registration={form.register(`notes.${section}`)}
            />
          ))}
          <SubmitButton pending={isPending}>{tBuilder("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
