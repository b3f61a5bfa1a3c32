"use client";
import { useTranslations } from "next-intl";
import { FormShell } from "@/components/forms/form-shell";
import { RadioGroup } from "@/components/forms/radio-group";
import { SelectField } from "@/components/forms/select-field";
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
  const section = useSectionForm({
    schema: aboutTenderSchema,
    action: saveAboutAction,
    values,
  });
  const { field } = section;
  return (
    <FormShell state={section} submitLabel={t("save")}>
      <TextField {...field("title")} label={t("title")} />
      <TextareaField {...field("summary")} label={t("summary")} hint={t("summaryHint")} />
      <RadioGroup
        {...field("contractNature")}
        legend={t("nature")}
        hint={t("natureHint")}
        options={CONTRACT_NATURES.map((nature) => ({
          value: nature,
          label: tNature(`${nature}.name`),
          hint: tNature(`${nature}.hint`),
        }))}
      />
      <TextField
        {...field("reference")}
        label={t("reference")}
        hint={t("referenceHint")}
        spellCheck={false}
        className="max-w-xs"
      />
      <SelectField
        {...field("documentsLanguage")}
        label={t("language")}
        hint={t("languageHint")}
        options={LOCALES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
      />
    </FormShell>
  );
}
