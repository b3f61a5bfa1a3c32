"use client";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { RadioGroup } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
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
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useTemplateForm({
    schema: templateIntendedUseSchema,
    action: saveTemplateIntendedUseAction,
    values,
  });
  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <RadioGroup
            name="contractNature"
            legend={t("contractNature")}
            hint={t("contractNatureHint")}
            error={fieldError("contractNature")}
            options={[
              { value: "", label: t("anyNature") },
              ...CONTRACT_NATURES.map((value) => ({ value, label: tTenders(`nature.${value}.name`) })),
            ]}
            registration={form.register("contractNature")}
          />
          <TextField
            name="cpvPrefixes"
            label={t("cpvPrefixes")}
            hint={t("cpvPrefixesHint")}
            error={fieldError("cpvPrefixes")}
            spellCheck={false}
            autoComplete="off"
            className="max-w-md font-mono"
            registration={form.register("cpvPrefixes")}
          />
          <CheckboxGroup
            name="procedureTypes"
            legend={t("procedureTypes")}
            hint={t("procedureTypesHint")}
            error={fieldError("procedureTypes")}
            options={PROCEDURE_TYPES.map((value) => ({ value, label: tTenders(`procedure.${value}.name`) }))}
            registration={form.register("procedureTypes")}
          />
          <fieldset className="mb-6">
            <legend className="mb-1 font-semibold">{t("valueRange")}</legend>
            <p className="text-muted mb-3">{t("valueRangeHint")}</p>
            <div className="flex flex-wrap gap-6">
              <TextField
                name="minValue"
                label={t("minValue")}
                error={fieldError("minValue")}
                inputMode="decimal"
                className="max-w-[14rem]"
                registration={form.register("minValue")}
              />
              <TextField
                name="maxValue"
                label={t("maxValue")}
                error={fieldError("maxValue")}
                inputMode="decimal"
                className="max-w-[14rem]"
                registration={form.register("maxValue")}
              />
            </div>
          </fieldset>
          <SubmitButton pending={isPending}>{tBuilder("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
