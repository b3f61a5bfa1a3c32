"use client";
import { useTranslations } from "next-intl";
import { FormShell } from "@/components/forms/form-shell";
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
  const section = useTemplateForm({ schema: templateDetailsSchema, action: saveTemplateDetailsAction, values });
  const { form, field, fieldError } = section;
  return (
    <FormShell state={section} submitLabel={t("builder.save")}>
      <TextField {...field("name")} label={t("fields.name")} hint={t("fields.nameHint")} />
      <TextareaField {...field("summary")} label={t("fields.summary")} hint={t("fields.summaryHint")} rows={4} />
      <TemplateSettingsFields
        register={(name) => form.register(name)}
        fieldError={fieldError}
        languageFixed={languageFixed}
        fixedLanguage={values.language}
      />
    </FormShell>
  );
}
