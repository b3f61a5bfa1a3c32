"use client";
import { useTranslations } from "next-intl";
import type { RequirementListValues } from "@/components/requirements/form-values";
import { RequirementsListForm } from "@/components/requirements/requirements-list-form";
import type { CriterionChoice } from "@/lib/domain/tender/requirements";
import { templateRequirementsSchema } from "@/lib/schemas/template-sections";
import { saveTemplateRequirementsAction } from "../section-actions";
import { useTemplateForm } from "../use-template-form";

type Values = RequirementListValues & { templateId: string; version: number };

/** The template's default requirements, edited with the tender's own list. */
export function TemplateRequirementsForm({ criteria, values }: { criteria: CriterionChoice[]; values: Values }) {
  const tBuilder = useTranslations("templates.builder");
  const section = useTemplateForm({
    schema: templateRequirementsSchema,
    action: saveTemplateRequirementsAction,
    values: values as Parameters<typeof useTemplateForm<typeof templateRequirementsSchema, unknown>>[0]["values"],
  });
  return <RequirementsListForm state={section} submitLabel={tBuilder("save")} criteria={criteria} />;
}
