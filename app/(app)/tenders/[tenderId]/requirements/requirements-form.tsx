"use client";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { UseFormReturn } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { nameListErrors } from "@/components/forms/name-list-errors";
import { SubmitButton } from "@/components/forms/submit-button";
import type { CriterionChoice, RequirementLevel } from "@/lib/domain/tender/requirements";
import { requirementsSchemaFor } from "@/lib/schemas/tender-requirements";
import { useSectionForm } from "../use-section-form";
import { saveRequirementsAction } from "./actions";
import { RequirementList } from "./requirement-list";

/** One requirement as the form holds it: no level until the drafter picks one; "" for no link. */
export type RequirementFormItem = {
  key: string;
  text: string;
  level: RequirementLevel | null;
  criterionKey: string;
};

/** The list's own field, whatever ids the form holds beside it (the tender's section, the template builder). */
export type RequirementListValues = { requirements: RequirementFormItem[] };

export type RequirementsFormValues = RequirementListValues & {
  tenderId: string;
  version: number;
  corrigendumReason?: string;
};

export function RequirementsForm({
  criteria,
  values,
}: {
  /** The tender's award criteria, as a requirement can be linked to them. */
  criteria: CriterionChoice[];
  values: RequirementsFormValues;
}) {
  const t = useTranslations("tenders.requirements");
  // The same rules as the action, with the criteria this page was given: a link to a criterion
  // removed since is refused before the round trip (the action checks again with the saved ones).
  const schema = useMemo(() => requirementsSchemaFor(criteria.map((criterion) => criterion.key)), [criteria]);
  const section = useSectionForm({
    schema,
    action: saveRequirementsAction,
    values: values as Parameters<typeof useSectionForm<typeof schema>>[0]["values"],
  });
  const { onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = section;
  // A new requirement has no level yet, which the schema's input type does not allow.
  const form = section.form as unknown as UseFormReturn<RequirementsFormValues>;
  const requirementName = (index: number) => {
    const key = form.getValues(`requirements.${index}.key`)?.trim();
    return key ? t("heading", { key }) : t("headingNoKey", { position: index + 1 });
  };

  return (
    <>
      {notices}
      <ErrorSummary errors={nameListErrors(summaryErrors, "requirements", requirementName)} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <RequirementList
            form={form as unknown as UseFormReturn<RequirementListValues>}
            fieldError={fieldError}
            criteria={criteria}
          />
          <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
