"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { FormShell } from "@/components/forms/form-shell";
import { nameListErrors } from "@/components/forms/name-list-errors";
import { RadioGroup } from "@/components/forms/radio-group";
import { TextareaField } from "@/components/forms/textarea-field";
import { nextLotKey } from "@/lib/domain/tender/lots";
import { lotsSchema, type LotChoice, type LotInput } from "@/lib/schemas/tender-lots";
import { useSectionForm } from "../use-section-form";
import { saveLotsAction } from "./actions";
import { LotList } from "./lot-list";

/** Whether the reasons for not dividing are required: above the EU threshold, or while it is unknown. */
export type ReasonsRule = "REQUIRED" | "ADVISED" | "UNKNOWN";

/** The form's values: both answers stay on screen while the drafter hesitates; one is saved. */
export type LotsFormValues = {
  tenderId: string;
  version: number;
  corrigendumReason?: string;
  divided?: LotChoice;
  lots: LotInput[];
  reasonsForNotDividing: string;
};

export function LotsForm({
  currency,
  estimatedValueCents,
  reasonsRule,
  values,
}: {
  currency: string;
  estimatedValueCents: number | null;
  reasonsRule: ReasonsRule;
  values: LotsFormValues;
}) {
  const t = useTranslations("tenders.lots");
  const section = useSectionForm({ schema: lotsSchema, action: saveLotsAction, values });
  const { fieldError } = section;
  // The schema's input is a union of the two answers; on screen the form holds both at once.
  const form = section.form as unknown as UseFormReturn<LotsFormValues>;
  // Every key this page has handed out, removed ones included: a key never passes to another
  // lot. A record for event handlers, never rendered, so it is kept out of React's state updates.
  const [usedKeys] = useState(() => new Set(values.lots.map((lot) => lot.key)));
  const newLot = (): LotInput => {
    const key = nextLotKey(usedKeys);
    usedKeys.add(key);
    return { key, title: "", description: "", cpv: "", estimatedValue: "" };
  };
  const divided = form.watch("divided");
  const lotName = (index: number) => form.getValues(`lots.${index}.key`);

  return (
    <FormShell state={section} submitLabel={t("save")} errors={nameListErrors(section.summaryErrors, "lots", lotName)}>
      <RadioGroup
        name="divided"
        legend={t("choiceLegend")}
        hint={t("choiceHint")}
        error={fieldError("divided")}
        options={[
          { value: "DIVIDED", label: t("divided"), hint: t("dividedHint") },
          { value: "NOT_DIVIDED", label: t("notDivided"), hint: t("notDividedHint") },
        ]}
        registration={form.register("divided", {
          // Dividing means two lots at least: start with two empty ones rather than none.
          onChange: (event: { target: { value: string } }) => {
            if (event.target.value === "DIVIDED" && (form.getValues("lots") ?? []).length === 0) {
              form.setValue("lots", [newLot(), newLot()]);
            }
          },
        })}
      />
      {divided === "DIVIDED" ? (
        <LotList
          form={form}
          fieldError={fieldError}
          newLot={newLot}
          currency={currency}
          estimatedValueCents={estimatedValueCents}
        />
      ) : null}
      {divided === "NOT_DIVIDED" ? (
        <TextareaField
          name="reasonsForNotDividing"
          label={t("reasons")}
          hint={t(`reasonsHint.${reasonsRule}`)}
          rows={6}
          error={fieldError("reasonsForNotDividing")}
          registration={form.register("reasonsForNotDividing")}
        />
      ) : null}
    </FormShell>
  );
}
