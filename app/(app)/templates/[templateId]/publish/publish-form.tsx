"use client";
import { useTranslations } from "next-intl";
import { FormShell } from "@/components/forms/form-shell";
import { TextareaField } from "@/components/forms/textarea-field";
import { publishTemplateSchema } from "@/lib/schemas/template-forms";
import { publishTemplateAction } from "../lifecycle-actions";
import { useTemplateForm } from "../use-template-form";

/** The changelog entry and the button: once published, the version never changes. */
export function PublishForm({ templateId, version, number }: { templateId: string; version: number; number: number }) {
  const t = useTranslations("templates.publish");
  const state = useTemplateForm({
    schema: publishTemplateSchema,
    action: publishTemplateAction,
    values: { templateId, version, changelog: "" },
  });
  return (
    <FormShell state={state} submitLabel={t("submit", { number })}>
      <TextareaField {...state.field("changelog")} label={t("changelog")} hint={t("changelogHint")} rows={4} />
      <p className="mb-4">{t("immutable")}</p>
    </FormShell>
  );
}
