"use client";
import { useTranslations } from "next-intl";
import { Controller, type UseFormReturn } from "react-hook-form";
import { CpvCombobox } from "@/components/forms/cpv-combobox";
import { ListItemControls } from "@/components/forms/list-item-controls";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import type { LotInput } from "@/lib/schemas/tender-lots";
import type { LotsFormValues } from "./lots-form";

export const lotHeadingId = (index: number) => `lot-${index}-heading`;

/** One lot: its title, description, main CPV code and estimated value, and its list buttons. */
export function LotFields({
  form,
  index,
  count,
  name,
  currency,
  fieldError,
  onMove,
  onRemove,
}: {
  form: UseFormReturn<LotsFormValues>;
  index: number;
  count: number;
  /** "LOT-2: Migration", as the heading and the buttons name the lot. */
  name: string;
  currency: string;
  fieldError: (name: string) => string | undefined;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const t = useTranslations("tenders.lots");
  const path = <Field extends keyof LotInput>(field: Field) => `lots.${index}.${field}` as const;
  return (
    <fieldset className="min-w-0 rounded border border-line p-4">
      <legend className="px-1">
        <h3 id={lotHeadingId(index)} tabIndex={-1} className="text-lg">
          {name}
        </h3>
      </legend>
      <TextField
        name={path("title")}
        label={t("title")}
        error={fieldError(path("title"))}
        registration={form.register(path("title"))}
      />
      <TextareaField
        name={path("description")}
        label={`${t("description")} (${t("optional")})`}
        hint={t("descriptionHint")}
        rows={3}
        error={fieldError(path("description"))}
        registration={form.register(path("description"))}
      />
      <Controller
        control={form.control}
        name={path("cpv")}
        render={({ field }) => (
          <CpvCombobox
            name={path("cpv")}
            label={t("cpv")}
            optionalLabel={t("optional")}
            hint={t("cpvHint")}
            error={fieldError(path("cpv"))}
            value={field.value || null}
            onChange={(code) => field.onChange(code ?? "")}
            onBlur={field.onBlur}
          />
        )}
      />
      <TextField
        name={path("estimatedValue")}
        label={t("estimatedValue")}
        hint={t("estimatedValueHint", { currency })}
        inputMode="decimal"
        className="max-w-xs"
        error={fieldError(path("estimatedValue"))}
        registration={form.register(path("estimatedValue"))}
      />
      <ListItemControls listId="lots" index={index} count={count} itemName={name} onMove={onMove} onRemove={onRemove} />
    </fieldset>
  );
}
