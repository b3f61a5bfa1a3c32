"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { removeSovereigntySchema } from "@/lib/schemas/template-forms";
import { removeTemplateSovereigntyAction } from "../section-actions";
import { useTemplateForm } from "../use-template-form";

/** A template need not set a sovereignty profile: this takes the saved one out of the draft. */
export function RemoveSovereigntyForm({ templateId, version }: { templateId: string; version: number }) {
  const t = useTranslations("templates.sovereignty");
  const { onSubmit, isPending, summaryErrors, attempt, notices } = useTemplateForm({
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
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <SubmitButton pending={isPending} variant="warning">
            {t("remove")}
          </SubmitButton>
        </FormFields>
      </form>
    </section>
  );
}
