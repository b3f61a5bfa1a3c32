"use client";
import { useTranslations } from "next-intl";
import { FormShell } from "@/components/forms/form-shell";
import { startTemplateVersionSchema } from "@/lib/schemas/template-forms";
import { startTemplateVersionAction } from "../lifecycle-actions";
import { useTemplateForm } from "../use-template-form";

export function NewVersionForm({
  templateId,
  version,
  number,
}: {
  templateId: string;
  version: number;
  number: number;
}) {
  const t = useTranslations("templates.newVersion");
  const state = useTemplateForm({
    schema: startTemplateVersionSchema,
    action: startTemplateVersionAction,
    values: { templateId, version },
  });
  return <FormShell state={state} submitLabel={t("submit", { number })} />;
}
