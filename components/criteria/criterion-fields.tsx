"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { SelectField } from "@/components/forms/select-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import type { CriterionKind } from "@/lib/domain/tender/criteria-tree";
import { fieldAt, type CriteriaFormApi } from "./criteria-form-api";
import { ItemActions } from "./item-actions";
import { criterionIds } from "./use-criteria-level";

/**
 * The fields every criterion has (name, kind, weight, what evaluators look for) in a fieldset
 * named "Criterion 2" or "Sub-criterion 2.1", then what its kind adds (`children`), then its
 * move and remove buttons. The fieldset takes focus when a neighbour is removed.
 */
export function CriterionFields({
  api,
  path,
  legend,
  isTopLevel,
  displayName,
  kinds,
  index,
  count,
  hasWeight,
  onMove,
  onRemove,
  children,
}: {
  api: CriteriaFormApi;
  path: string;
  legend: string;
  isTopLevel: boolean;
  /** The typed name, or "criterion 2.1" while there is none: the buttons' hidden text. */
  displayName: string;
  kinds: readonly CriterionKind[];
  index: number;
  count: number;
  /** False for price per quality point, whose criterion carries no weight. */
  hasWeight: boolean;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  children?: ReactNode;
}) {
  const t = useTranslations("tenders.criteria");
  const ids = criterionIds(path);
  const name = (field: string) => fieldAt(path, field);
  return (
    <fieldset
      id={ids.group}
      tabIndex={-1}
      className={`mb-6 min-w-0 rounded border-2 p-4 ${isTopLevel ? "border-ink" : "border-line"}`}
    >
      <legend className="px-1">
        {isTopLevel ? <h3 className="text-xl">{legend}</h3> : <span className="text-lg font-bold">{legend}</span>}
      </legend>
      <TextField
        name={name("name")}
        label={t("name")}
        hint={t("nameHint")}
        error={api.fieldError(name("name"))}
        registration={api.form.register(name("name"))}
      />
      <SelectField
        name={name("kind")}
        label={t("kind")}
        error={api.fieldError(name("kind"))}
        options={kinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        registration={api.form.register(name("kind"))}
      />
      {hasWeight ? (
        <TextField
          name={name("weight")}
          label={t(isTopLevel ? "weight" : "subWeight")}
          hint={t("weightHint")}
          inputMode="numeric"
          className="max-w-[8rem]"
          error={api.fieldError(name("weight"))}
          registration={api.form.register(name("weight"))}
        />
      ) : (
        <p className="mb-6">{t("pricePerQualityExplained")}</p>
      )}
      <TextareaField
        name={name("description")}
        label={t("description")}
        hint={t("descriptionHint")}
        rows={3}
        error={api.fieldError(name("description"))}
        registration={api.form.register(name("description"))}
      />
      {children}
      <ItemActions name={displayName} index={index} count={count} ids={ids} onMove={onMove} onRemove={onRemove} />
    </fieldset>
  );
}
