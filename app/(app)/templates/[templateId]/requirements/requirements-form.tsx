"use client";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { nameListErrors } from "@/components/forms/name-list-errors";
import { SubmitButton } from "@/components/forms/submit-button";
import type { CriterionChoice } from "@/lib/domain/tender/requirements";
import { templateRequirementsSchema } from "@/lib/schemas/template-sections";
import { RequirementList } from "@/app/(app)/tenders/[tenderId]/requirements/requirement-list";
import type {
  RequirementFormItem,
  RequirementListValues,
} from "@/app/(app)/tenders/[tenderId]/requirements/requirements-form";
import { saveTemplateRequirementsAction } from "../section-actions";
import { useTemplateForm } from "../use-template-form";

type Values = RequirementListValues & { templateId: string; version: number };

/** The template's default requirements, edited with the tender's own list. */
export function TemplateRequirementsForm({ criteria, values }: { criteria: CriterionChoice[]; values: Values }) {
  const t = useTranslations("tenders.requirements");
  const tBuilder = useTranslations("templates.builder");
  const section = useTemplateForm({
    schema: templateRequirementsSchema,
    action: saveTemplateRequirementsAction,
    values: values as Parameters<typeof useTemplateForm<typeof templateRequirementsSchema, unknown>>[0]["values"],
  });
  const { onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = section;
  // A new requirement has no level yet, which the schema's input type does not allow.
  const form = section.form as unknown as UseFormReturn<RequirementListValues>;
  const requirementName = (index: number) => {
    const key = (form.getValues(`requirements.${index}`) as RequirementFormItem | undefined)?.key?.trim();
    return key ? t("heading", { key }) : t("headingNoKey", { position: index + 1 });
  };
  return (
    <>
      {notices}
      <ErrorSummary errors={nameListErrors(summaryErrors, "requirements", requirementName)} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <RequirementList form={form} fieldError={fieldError} criteria={criteria} />
          <SubmitButton pending={isPending}>{tBuilder("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
