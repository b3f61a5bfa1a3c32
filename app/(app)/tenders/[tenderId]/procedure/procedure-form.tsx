"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { RadioGroup } from "@/components/forms/radio-group";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { groundsFor, PROCEDURE_RULES } from "@/lib/domain/tender/procedures";
import { PROCEDURE_TYPES, type ContractNature } from "@/lib/domain/tender/tender-enums";
import { procedureSchema, type ProcedureInput } from "@/lib/schemas/tender";
import { saveProcedureAction } from "../actions";
import { useSectionForm } from "../use-section-form";

export function ProcedureForm({
  contractNature,
  values,
}: {
  contractNature: ContractNature | null;
  values: Partial<ProcedureInput> & { tenderId: string; version: number };
}) {
  const t = useTranslations("tenders.procedureSection");
  const tProcedure = useTranslations("tenders.procedure");
  const tGround = useTranslations("tenders.grounds");
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useSectionForm({
    schema: procedureSchema,
    action: saveProcedureAction,
    values,
  });
  const procedure = form.watch("procedureType");
  // Only the grounds the Directive gives for this procedure (and this kind of contract, once known).
  const grounds = procedure
    ? contractNature
      ? groundsFor(procedure, contractNature)
      : PROCEDURE_RULES[procedure].legalGrounds
    : [];

  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <RadioGroup
            name="procedureType"
            legend={t("procedure")}
            hint={t("procedureHint")}
            error={fieldError("procedureType")}
            options={PROCEDURE_TYPES.map((type) => ({
              value: type,
              label: tProcedure(`${type}.name`),
              hint: tProcedure(`${type}.hint`),
            }))}
            registration={form.register("procedureType")}
          />
          {grounds.length > 0 ? (
            <SelectField
              name="procedureGround"
              label={t("ground")}
              hint={t("groundHint")}
              error={fieldError("procedureGround")}
              options={[
                { value: "", label: t("chooseGround") },
                ...grounds.map((ground) => ({ value: ground, label: tGround(ground) })),
              ]}
              registration={form.register("procedureGround")}
            />
          ) : null}
          <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
