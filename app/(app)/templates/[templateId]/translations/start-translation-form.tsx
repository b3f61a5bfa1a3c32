"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { Locale } from "@/lib/i18n/config";
import { startTranslationSchema, type StartTranslationInput } from "@/lib/schemas/template-translations";
import { startTranslationAction } from "./actions";

/** "Start a translation": the new template's name and language; it opens on the new draft. */
export function StartTranslationForm({ templateId, languages }: { templateId: string; languages: Locale[] }) {
  const t = useTranslations("templates");
  const router = useRouter();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: startTranslationSchema,
    action: startTranslationAction,
    // One language left: chosen for the OSPO; several: the form asks rather than guesses.
    defaultValues: {
      templateId,
      name: "",
      language: (languages.length === 1 ? languages[0] : "") as StartTranslationInput["language"],
    },
    onSuccess: (started) => router.push(`/templates/${started.templateId}?translation=started`),
  });
  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <SelectField
            name="language"
            label={t("translations.languageLabel")}
            error={fieldError("language")}
            options={[
              ...(languages.length === 1 ? [] : [{ value: "", label: t("translations.chooseLanguage") }]),
              ...languages.map((language) => ({ value: language, label: t(`languages.${language}`) })),
            ]}
            registration={form.register("language")}
          />
          <TextField
            name="name"
            label={t("translations.nameLabel")}
            hint={t("translations.nameHint")}
            error={fieldError("name")}
            registration={form.register("name")}
          />
          <SubmitButton pending={isPending}>{t("translations.startSubmit")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
