"use client";
import { useTranslations } from "next-intl";
import { SovereigntyProfileForm } from "@/components/sovereignty/sovereignty-profile-form";
import { templateSovereigntySchema, type TemplateSovereigntyInput } from "@/lib/schemas/template-sections";
import { saveTemplateSovereigntyAction } from "../section-actions";
import { useTemplateForm } from "../use-template-form";

/** The template's default sovereignty profile, in the tender's three steps. */
export function TemplateSovereigntyForm({
  values,
}: {
  values: TemplateSovereigntyInput & { templateId: string; version: number };
}) {
  const tBuilder = useTranslations("templates.builder");
  const section = useTemplateForm({ schema: templateSovereigntySchema, action: saveTemplateSovereigntyAction, values });
  return <SovereigntyProfileForm state={section} submitLabel={tBuilder("save")} />;
}
