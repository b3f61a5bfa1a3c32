"use client";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { FormShell } from "@/components/forms/form-shell";
import { RadioGroup } from "@/components/forms/radio-group";
import { TextField } from "@/components/forms/text-field";
import { CONTRACT_NATURES, PROCEDURE_TYPES } from "@/lib/domain/tender/tender-enums";
import { templateIntendedUseSchema, type TemplateIntendedUseInput } from "@/lib/schemas/template-forms";
import { saveTemplateIntendedUseAction } from "../section-actions";
import { useTemplateForm } from "../use-template-form";

/** What the template is for: the catalogue's filters read it, and drafters see it before reuse. */
export function IntendedUseForm({
  values,
}: {
  values: TemplateIntendedUseInput & { templateId: string; version: number };
}) {
  const t = useTranslations("templates.intendedUse");
  const tTenders = useTranslations("tenders");
  const tBuilder = useTranslations("templates.builder");
  const section = useTemplateForm({ schema: templateIntendedUseSchema, action: saveTemplateIntendedUseAction, values });
  const { field } = section;
  return (
    <FormShell state={section} submitLabel={tBuilder("save")}>
      <RadioGroup
        {...field("contractNature")}
        legend={t("contractNature")}
        hint={t("contractNatureHint")}
        options={[
          { value: "", label: t("anyNature") },
          ...CONTRACT_NATURES.map((value) => ({ value, label: tTenders(`nature.${value}.name`) })),
        ]}
      />
      <TextField
        {...field("cpvPrefixes")}
        label={t("cpvPrefixes")}
        hint={t("cpvPrefixesHint")}
        spellCheck={false}
        autoComplete="off"
        className="max-w-md font-mono"
      />
      <CheckboxGroup
        {...field("procedureTypes")}
        legend={t("procedureTypes")}
        hint={t("procedureTypesHint")}
        options={PROCEDURE_TYPES.map((value) => ({ value, label: tTenders(`procedure.${value}.name`) }))}
      />
      <fieldset className="mb-6">
        <legend className="mb-1 font-semibold">{t("valueRange")}</legend>
        <p className="text-muted mb-3">{t("valueRangeHint")}</p>
        <div className="flex flex-wrap gap-6">
          <TextField {...field("minValue")} label={t("minValue")} inputMode="decimal" className="max-w-[14rem]" />
          <TextField {...field("maxValue")} label={t("maxValue")} inputMode="decimal" className="max-w-[14rem]" />
        </div>
      </fieldset>
    </FormShell>
  );
}
