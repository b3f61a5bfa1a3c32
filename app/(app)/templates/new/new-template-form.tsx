"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormShell } from "@/components/forms/form-shell";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { DEFAULT_TEMPLATE_LICENCE } from "@/lib/domain/templates/template-content";
import { createTemplateSchema, type CreateTemplateInput } from "@/lib/schemas/template-forms";
import { createTemplateAction } from "../actions";
import { TemplateSettingsFields } from "../template-settings-fields";

/** "Create a template": name, language, shelf and licence; saved as an empty draft, version 1. */
export function NewTemplateForm() {
  const t = useTranslations("templates");
  const router = useRouter();
  const state = useActionForm({
    schema: createTemplateSchema,
    action: createTemplateAction,
    // No shelf chosen yet: the form asks rather than guesses.
    defaultValues: {
      name: "",
      language: "en",
      category: "" as CreateTemplateInput["category"],
      licence: DEFAULT_TEMPLATE_LICENCE,
    },
    onSuccess: (created) => router.push(`/templates/${created.templateId}`),
  });
  return (
    <FormShell state={state} submitLabel={t("create.submit")}>
      <TextField {...state.field("name")} label={t("fields.name")} hint={t("fields.nameHint")} />
      <TemplateSettingsFields
        register={(name) => state.form.register(name)}
        fieldError={state.fieldError}
        languageFixed={false}
      />
    </FormShell>
  );
}
