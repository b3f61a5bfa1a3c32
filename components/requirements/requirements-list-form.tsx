"use client";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { FormShell, type FormShellState } from "@/components/forms/form-shell";
import { nameListErrors } from "@/components/forms/name-list-errors";
import type { CriterionChoice } from "@/lib/domain/tender/requirements";
import type { RequirementFormItem, RequirementListValues } from "./form-values";
import { RequirementList } from "./requirement-list";

/**
 * The requirements in one form, each error of the summary named by its requirement. The tender's
 * section and the template builder each give their own form hook and the words of their button.
 */
export function RequirementsListForm({
  state,
  submitLabel,
  criteria,
}: {
  state: FormShellState & { form: unknown; fieldError: (name: string) => string | undefined };
  submitLabel: string;
  /** The award criteria a requirement can be linked to. */
  criteria: CriterionChoice[];
}) {
  const t = useTranslations("tenders.requirements");
  // The list only touches its own field, which the form holds beside its ids; a new requirement
  // has no level yet, which the schema's input type does not allow.
  const form = state.form as UseFormReturn<RequirementListValues>;
  const requirementName = (index: number) => {
    const key = (form.getValues(`requirements.${index}`) as RequirementFormItem | undefined)?.key?.trim();
    return key ? t("heading", { key }) : t("headingNoKey", { position: index + 1 });
  };
  return (
    <FormShell
      state={state}
      submitLabel={submitLabel}
      errors={nameListErrors(state.summaryErrors, "requirements", requirementName)}
    >
      <RequirementList form={form} fieldError={state.fieldError} criteria={criteria} />
    </FormShell>
  );
}
