"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
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
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
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
    <>
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
          <TemplateSettingsFields
            register={(name) => form.register(name)}
            fieldError={fieldError}
            languageFixed={false}
          />
          <SubmitButton pending={isPending}>{t("create.submit")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
