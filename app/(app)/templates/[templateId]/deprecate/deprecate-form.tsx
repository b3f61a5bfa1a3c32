"use client";
import { useTranslations } from "next-intl";
import { FormShell } from "@/components/forms/form-shell";
import { SelectField } from "@/components/forms/select-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { deprecateTemplateSchema } from "@/lib/schemas/template-forms";
import { deprecateTemplateAction } from "../lifecycle-actions";
import { useTemplateForm } from "../use-template-form";

export function DeprecateForm({
  templateId,
  version,
  successors,
}: {
  templateId: string;
  version: number;
  successors: { id: string; name: string }[];
}) {
  const t = useTranslations("templates.deprecate");
  const state = useTemplateForm({
    schema: deprecateTemplateSchema,
    action: deprecateTemplateAction,
    values: { templateId, version, successorId: "", note: "" },
  });
  return (
    <FormShell state={state} submitLabel={t("submit")} submitVariant="warning">
      <SelectField
        {...state.field("successorId")}
        label={t("successor")}
        hint={successors.length === 0 ? t("noSuccessors") : t("successorHint")}
        options={[
          { value: "", label: t("noSuccessor") },
          ...successors.map((successor) => ({ value: successor.id, label: successor.name })),
        ]}
      />
      <TextareaField {...state.field("note")} label={t("note")} hint={t("noteHint")} rows={4} />
    </FormShell>
  );
}
