"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormShell } from "@/components/forms/form-shell";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { Locale } from "@/lib/i18n/config";
import { startTranslationSchema, type StartTranslationInput } from "@/lib/schemas/template-translations";
import { startTranslationAction } from "./actions";

/** "Start a translation": the new template's name and language; it opens on the new draft. */
export function StartTranslationForm({ templateId, languages }: { templateId: string; languages: Locale[] }) {
  const t = useTranslations("templates");
  const router = useRouter();
  const formState = useActionForm({
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
  const { form, fieldError } = formState;
  return (
    <FormShell state={formState} submitLabel={t("translations.startSubmit")}>
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
    </FormShell>
  );
}
