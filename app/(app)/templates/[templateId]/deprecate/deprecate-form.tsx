"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
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
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useTemplateForm({
    schema: deprecateTemplateSchema,
    action: deprecateTemplateAction,
    values: { templateId, version, successorId: "", note: "" },
  });
  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <SelectField
            name="successorId"
            label={t("successor")}
            hint={successors.length === 0 ? t("noSuccessors") : t("successorHint")}
            error={fieldError("successorId")}
            options={[
              { value: "", label: t("noSuccessor") },
              ...successors.map((successor) => ({ value: successor.id, label: successor.name })),
            ]}
            registration={form.register("successorId")}
          />
          <TextareaField
            name="note"
            label={t("note")}
            hint={t("noteHint")}
            rows={4}
            error={fieldError("note")}
            registration={form.register("note")}
          />
          <SubmitButton pending={isPending} variant="warning">
            {t("submit")}
          </SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
