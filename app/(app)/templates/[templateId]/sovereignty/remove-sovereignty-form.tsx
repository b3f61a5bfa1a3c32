"use client";
import { useTranslations } from "next-intl";
import { FormShell } from "@/components/forms/form-shell";
import { removeSovereigntySchema } from "@/lib/schemas/template-forms";
import { removeTemplateSovereigntyAction } from "../section-actions";
import { useTemplateForm } from "../use-template-form";

/** A template need not set a sovereignty profile: this takes the saved one out of the draft. */
export function RemoveSovereigntyForm({ templateId, version }: { templateId: string; version: number }) {
  const t = useTranslations("templates.sovereignty");
  const state = useTemplateForm({
    schema: removeSovereigntySchema,
    action: removeTemplateSovereigntyAction,
    values: { templateId, version },
  });
  return (
    <section aria-labelledby="remove-sovereignty-heading" className="mt-10 border-t border-line pt-6">
      <h2 id="remove-sovereignty-heading" className="mb-2 text-xl">
        {t("removeHeading")}
      </h2>
      <p className="mb-4">{t("removeLead")}</p>
      <FormShell state={state} submitLabel={t("remove")} submitVariant="warning" />
    </section>
  );
}
