"use client";
import { useTranslations } from "next-intl";
import { FormShell } from "@/components/forms/form-shell";
import { TextareaField } from "@/components/forms/textarea-field";
import { GUIDANCE_SECTIONS } from "@/lib/domain/templates/template-content";
import { templateGuidanceSchema, type TemplateGuidanceInput } from "@/lib/schemas/template-forms";
import { saveTemplateGuidanceAction } from "../section-actions";
import { useTemplateForm } from "../use-template-form";

/** A note for drafters beside each tender section; blank boxes are no note. */
export function GuidanceForm({ values }: { values: TemplateGuidanceInput & { templateId: string; version: number } }) {
  const t = useTranslations("templates.guidance");
  const tBuilder = useTranslations("templates.builder");
  const section = useTemplateForm({ schema: templateGuidanceSchema, action: saveTemplateGuidanceAction, values });
  return (
    <FormShell state={section} submitLabel={tBuilder("save")}>
      {GUIDANCE_SECTIONS.map((guided) => (
        <TextareaField
          key={guided}
          {...section.field(`notes.${guided}`)}
          label={t(`sections.${guided}`)}
          hint={t("hint")}
          rows={3}
        />
      ))}
    </FormShell>
  );
}
