"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { ListItemControls } from "@/components/forms/list-item-controls";
import { RadioGroup } from "@/components/forms/radio-group";
import { SelectField } from "@/components/forms/select-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Markdown } from "@/components/ui/markdown";
import { REQUIREMENT_LEVELS, type CriterionChoice } from "@/lib/domain/tender/requirements";
import type { RequirementFormItem, RequirementListValues } from "./form-values";

export const requirementHeadingId = (index: number) => `requirement-${index}-heading`;

/** One requirement: identifier, text (Markdown, with a preview), level and award criterion. */
export function RequirementFields({
  form,
  index,
  count,
  name,
  criteria,
  errorFor,
  onMove,
  onRemove,
}: {
  form: UseFormReturn<RequirementListValues>;
  index: number;
  count: number;
  /** "Requirement REQ-02", as the heading and the buttons name it. */
  name: string;
  criteria: CriterionChoice[];
  errorFor: (path: string) => string | undefined;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const t = useTranslations("tenders.requirements");
  const tLevel = useTranslations("tenders.requirementLevel");
  const [previewing, setPreviewing] = useState(false);
  const path = <Field extends keyof RequirementFormItem>(field: Field) => `requirements.${index}.${field}` as const;
  const text = useWatch({ control: form.control, name: path("text") }) ?? "";
  const linked = useWatch({ control: form.control, name: path("criterionKey") }) ?? "";
  const previewId = `requirement-${index}-preview`;
  // A link saved before its criterion was removed stays visible, named as gone, until changed.
  const missing = linked !== "" && !criteria.some((criterion) => criterion.key === linked);

  return (
    <fieldset className="min-w-0 rounded border border-line p-4">
      <legend className="px-1">
        <h3 id={requirementHeadingId(index)} tabIndex={-1} className="text-lg">
          {name}
        </h3>
      </legend>
      <TextField
        name={path("key")}
        label={t("key")}
        hint={t("keyHint")}
        spellCheck={false}
        className="max-w-xs"
        error={errorFor(path("key"))}
        registration={form.register(path("key"))}
      />
      <TextareaField
        name={path("text")}
        label={t("text")}
        hint={t("textHint")}
        rows={5}
        error={errorFor(path("text"))}
        registration={form.register(path("text"))}
      />
      <div className="mb-6">
        <Button
          variant="secondary"
          aria-expanded={previewing}
          aria-controls={previewId}
          onClick={() => setPreviewing((shown) => !shown)}
        >
          {previewing ? t("hidePreview") : t("preview")}
          <span className="sr-only"> {name}</span>
        </Button>
        <div
          id={previewId}
          role="region"
          aria-label={t("previewLabel", { name })}
          hidden={!previewing}
          className="bg-surface mt-3 rounded border border-line p-4"
        >
          {previewing ? text.trim() ? <Markdown>{text}</Markdown> : <p>{t("previewEmpty")}</p> : null}
        </div>
      </div>
      <RadioGroup
        name={path("level")}
        legend={t("level")}
        error={errorFor(path("level"))}
        options={REQUIREMENT_LEVELS.map((level) => ({
          value: level,
          label: tLevel(level),
          hint: t(`levelHint.${level}`),
        }))}
        registration={form.register(path("level"))}
      />
      <SelectField
        name={path("criterionKey")}
        label={t("criterion")}
        hint={criteria.length === 0 ? t("noCriteriaHint") : t("criterionHint")}
        error={errorFor(path("criterionKey"))}
        options={[
          { value: "", label: t("criterionNone") },
          ...criteria.map((criterion) => ({ value: criterion.key, label: criterion.label })),
          ...(missing ? [{ value: linked, label: t("criterionMissing", { criterion: linked }) }] : []),
        ]}
        registration={form.register(path("criterionKey"))}
      />
      <ListItemControls
        listId="requirements"
        index={index}
        count={count}
        itemName={name}
        onMove={onMove}
        onRemove={onRemove}
      />
    </fieldset>
  );
}
