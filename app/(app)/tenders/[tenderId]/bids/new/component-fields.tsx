"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { fieldId } from "@/components/forms/field-messages";
import { ListItemControls } from "@/components/forms/list-item-controls";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { COMPONENT_RELATIONS, MODEL_OPENNESS_CLASSES } from "@/lib/domain/bids/bid-model";
import type { BidFormApi } from "./bid-form";
import type { ComponentValues } from "./form-values";

export const componentHeadingId = (index: number) => `component-${index}-heading`;

/** One component: name, version, supplier, licence, repository, delivered or not, AI model or not. */
export function ComponentFields({
  api: { form, fieldError },
  index,
  count,
  name,
  onMove,
  onRemove,
}: {
  api: BidFormApi;
  index: number;
  count: number;
  name: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const t = useTranslations("bidReception.form.components");
  const path = <Key extends keyof ComponentValues>(key: Key) => `components.${index}.${key}` as const;
  const isAiModel = useWatch({ control: form.control, name: path("isAiModel") });
  const aiId = fieldId(path("isAiModel"));
  return (
    <fieldset className="min-w-0 rounded border border-line p-4">
      <legend className="px-1">
        <h3 id={componentHeadingId(index)} tabIndex={-1} className="text-lg">
          {name}
        </h3>
      </legend>
      <TextField
        name={path("name")}
        label={t("name")}
        error={fieldError(path("name"))}
        registration={form.register(path("name"))}
      />
      <div className="flex flex-wrap gap-x-6">
        <TextField
          name={path("version")}
          label={t("version")}
          optionalLabel={t("optional")}
          className="max-w-xs"
          error={fieldError(path("version"))}
          registration={form.register(path("version"))}
        />
        <TextField
          name={path("supplier")}
          label={t("supplier")}
          optionalLabel={t("optional")}
          className="max-w-xs"
          error={fieldError(path("supplier"))}
          registration={form.register(path("supplier"))}
        />
      </div>
      <TextField
        name={path("licence")}
        label={t("licence")}
        hint={t("licenceHint")}
        error={fieldError(path("licence"))}
        registration={form.register(path("licence"))}
      />
      <TextField
        name={path("repository")}
        label={t("repository")}
        optionalLabel={t("optional")}
        type="url"
        error={fieldError(path("repository"))}
        registration={form.register(path("repository"))}
      />
      <SelectField
        name={path("relation")}
        label={t("relation")}
        error={fieldError(path("relation"))}
        options={COMPONENT_RELATIONS.map((relation) => ({ value: relation, label: t(`relations.${relation}`) }))}
        registration={form.register(path("relation"))}
      />
      <div className="mb-6 flex items-start gap-3">
        <input id={aiId} type="checkbox" className="mt-1 h-6 w-6 shrink-0" {...form.register(path("isAiModel"))} />
        <label htmlFor={aiId} className="font-semibold">
          {t("isAiModel")}
        </label>
      </div>
      {isAiModel ? (
        <SelectField
          name={path("modelOpennessClass")}
          label={t("modelOpennessClass")}
          hint={t("modelOpennessClassHint")}
          error={fieldError(path("modelOpennessClass"))}
          options={[
            { value: "", label: t("modelOpennessClassNone") },
            ...MODEL_OPENNESS_CLASSES.map((value) => ({ value, label: t(`modelOpennessClasses.${value}`) })),
          ]}
          registration={form.register(path("modelOpennessClass"))}
        />
      ) : null}
      <ListItemControls
        listId="components"
        index={index}
        count={count}
        itemName={name}
        onMove={onMove}
        onRemove={onRemove}
      />
    </fieldset>
  );
}
