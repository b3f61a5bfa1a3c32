"use client";
import { useTranslations } from "next-intl";
import { FormShell } from "@/components/forms/form-shell";
import { RadioGroup } from "@/components/forms/radio-group";
import { SelectField } from "@/components/forms/select-field";
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
  const section = useSectionForm({
    schema: procedureSchema,
    action: saveProcedureAction,
    values,
  });
  const { form, field } = section;
  const procedure = form.watch("procedureType");
  // Only the grounds the Directive gives for this procedure (and this kind of contract, once known).
  const grounds = procedure
    ? contractNature
      ? groundsFor(procedure, contractNature)
      : PROCEDURE_RULES[procedure].legalGrounds
    : [];

  return (
    <FormShell state={section} submitLabel={t("save")}>
      <RadioGroup
        {...field("procedureType")}
        legend={t("procedure")}
        hint={t("procedureHint")}
        options={PROCEDURE_TYPES.map((type) => ({
          value: type,
          label: tProcedure(`${type}.name`),
          hint: tProcedure(`${type}.hint`),
        }))}
      />
      {grounds.length > 0 ? (
        <SelectField
          {...field("procedureGround")}
          label={t("ground")}
          hint={t("groundHint")}
          options={[
            { value: "", label: t("chooseGround") },
            ...grounds.map((ground) => ({ value: ground, label: tGround(ground) })),
          ]}
        />
      ) : null}
    </FormShell>
  );
}
