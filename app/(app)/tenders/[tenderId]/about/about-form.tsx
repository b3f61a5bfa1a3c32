"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { RadioGroup } from "@/components/forms/radio-group";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { CONTRACT_NATURES } from "@/lib/domain/tender/tender-enums";
import { LOCALES } from "@/lib/i18n/config";
import { aboutTenderSchema, type AboutTenderInput } from "@/lib/schemas/tender";
import { saveAboutAction } from "../actions";
import { useSectionForm } from "../use-section-form";

const LANGUAGE_NAMES = { en: "English", fr: "Français", de: "Deutsch" } as const;

export function AboutForm({ values }: { values: Partial<AboutTenderInput> & { tenderId: string; version: number } }) {
  const t = useTranslations("tenders.about");
  const tNature = useTranslations("tenders.nature");
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useSectionForm({
    schema: aboutTenderSchema,
    action: saveAboutAction,
    values,
  });
  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <TextField
            name="title"
            label={t("title")}
            error={fieldError("title")}
            registration={form.register("title")}
          />
          <TextareaField
            name="summary"
            label={t("summary")}
            hint={t("summaryHint")}
            error={fieldError("summary")}
            registration={form.register("summary")}
          />
          <RadioGroup
            name="contractNature"
            legend={t("nature")}
            hint={t("natureHint")}
            error={fieldError("contractNature")}
            options={CONTRACT_NATURES.map((nature) => ({
              value: nature,
              label: tNature(`${nature}.name`),
              hint: tNature(`${nature}.hint`),
            }))}
            registration={form.register("contractNature")}
          />
          <TextField
            name="reference"
            label={t("reference")}
            hint={t("referenceHint")}
            spellCheck={false}
            className="max-w-xs"
            error={fieldError("reference")}
            registration={form.register("reference")}
          />
          <SelectField
            name="documentsLanguage"
            label={t("language")}
            hint={t("languageHint")}
            error={fieldError("documentsLanguage")}
            options={LOCALES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
            registration={form.register("documentsLanguage")}
          />
          <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
