"use client";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { RadioGroup } from "@/components/forms/radio-group";
import { SelectField } from "@/components/forms/select-field";
import { TEMPLATE_CATEGORIES, TEMPLATE_LICENCES } from "@/lib/domain/templates/template-content";
import { LOCALES } from "@/lib/i18n/config";
import { licenceKey } from "@/components/templates/licence-key";

type SettingName = "language" | "category" | "licence";

/**
 * The template's language, shelf in the catalogue and licence, shared by "Create a template" and
 * the details section. Once a version is published the language is fixed (a translation is a
 * template of its own), and the field says so instead of offering a choice.
 */
export function TemplateSettingsFields({
  register,
  fieldError,
  languageFixed,
  fixedLanguage,
}: {
  register: (name: SettingName) => UseFormRegisterReturn;
  fieldError: (name: string) => string | undefined;
  languageFixed: boolean;
  fixedLanguage?: string;
}) {
  const t = useTranslations("templates");
  return (
    <>
      {languageFixed ? (
        <div className="mb-6">
          <p className="mb-1 font-semibold">{t("fields.language")}</p>
          <p>{t(`languages.${fixedLanguage ?? "en"}`)}</p>
          <p className="text-muted">{t("fields.languageFixed")}</p>
          <input type="hidden" {...register("language")} />
        </div>
      ) : (
        <RadioGroup
          name="language"
          legend={t("fields.language")}
          hint={t("fields.languageHint")}
          error={fieldError("language")}
          options={LOCALES.map((value) => ({ value, label: t(`languages.${value}`) }))}
          registration={register("language")}
        />
      )}
      <SelectField
        name="category"
        label={t("fields.category")}
        hint={t("fields.categoryHint")}
        error={fieldError("category")}
        options={[
          { value: "", label: t("fields.chooseCategory") },
          ...TEMPLATE_CATEGORIES.map((value) => ({ value, label: t(`categories.${value}`) })),
        ]}
        registration={register("category")}
      />
      <RadioGroup
        name="licence"
        legend={t("fields.licence")}
        hint={t("fields.licenceHint")}
        error={fieldError("licence")}
        options={TEMPLATE_LICENCES.map((value) => ({
          value,
          label: t(`licences.${licenceKey(value)}.label`),
          hint: t(`licences.${licenceKey(value)}.hint`),
        }))}
        registration={register("licence")}
      />
    </>
  );
}
