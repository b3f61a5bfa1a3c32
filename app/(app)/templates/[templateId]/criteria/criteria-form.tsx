"use client";
import { useTranslations } from "next-intl";
import { AwardCriteriaForm } from "@/components/criteria/award-criteria-form";
import type { CriterionFormValues } from "@/lib/schemas/award-criteria";
import { templateCriteriaSchema, type TemplateCriteriaInput } from "@/lib/schemas/template-sections";
import { saveTemplateCriteriaAction } from "../section-actions";
import { useTemplateForm } from "../use-template-form";

/** The template's award criteria, with the tender's own parts and advice. */
export function TemplateCriteriaForm({
  values,
  recommended,
  anchors,
}: {
  values: TemplateCriteriaInput & { templateId: string; version: number };
  recommended: CriterionFormValues[];
  anchors: string[];
}) {
  const tBuilder = useTranslations("templates.builder");
  const section = useTemplateForm({ schema: templateCriteriaSchema, action: saveTemplateCriteriaAction, values });
  return (
    <AwardCriteriaForm
      state={section}
      submitLabel={tBuilder("save")}
      recommended={recommended}
      anchors={anchors}
      procedure={null}
      estimatedValue={null}
      durationMonths={null}
    />
  );
}
