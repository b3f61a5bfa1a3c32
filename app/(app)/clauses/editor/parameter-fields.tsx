"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { fieldId } from "@/components/forms/field-messages";
import { ListItemControls } from "@/components/forms/list-item-controls";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { PARAMETER_KINDS, type ParameterKind } from "@/lib/domain/clauses/clause-model";
import { LOCALES } from "@/lib/i18n/config";
import type { ClauseEditorForm, FieldErrorOf } from "./editor-values";
import { ParameterSettings } from "./parameter-settings";

export const parameterHeadingId = (index: number) => `parameter-${index}-heading`;

/**
 * One parameter of the clause: its name in the text, its kind and the settings of that kind, its
 * default, whether drafters must give a value, and its label and hint in each language.
 */
export function ParameterFields({
  form,
  fieldError,
  index,
  count,
  name,
  onMove,
  onRemove,
}: {
  form: ClauseEditorForm;
  fieldError: FieldErrorOf;
  index: number;
  count: number;
  /** "Parameter 2: exitPlanMonths", as the heading and the buttons name it. */
  name: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const t = useTranslations("clauses.edit.parameter");
  const tLanguage = useTranslations("clauses.language");
  const tLibrary = useTranslations("clauseLibrary");
  const at = `parameters.${index}` as const;
  const kind = useWatch({ control: form.control, name: `${at}.kind` }) as ParameterKind;
  const requiredId = fieldId(`${at}.required`);
  return (
    <fieldset className="min-w-0 rounded border border-line p-4">
      <legend className="px-1">
        <h3 id={parameterHeadingId(index)} tabIndex={-1} className="text-lg">
          {name}
        </h3>
      </legend>
      <TextField
        name={`${at}.name`}
        label={t("name")}
        hint={t("nameHint", { example: "{{exitPlanMonths}}" })}
        className="max-w-sm font-mono"
        spellCheck={false}
        autoComplete="off"
        error={fieldError(`${at}.name`)}
        registration={form.register(`${at}.name`)}
      />
      <SelectField
        name={`${at}.kind`}
        label={t("kind")}
        error={fieldError(`${at}.kind`)}
        options={PARAMETER_KINDS.map((value) => ({ value, label: tLibrary(`parameterKind.${value}`) }))}
        registration={form.register(`${at}.kind`)}
      />
      <ParameterSettings form={form} fieldError={fieldError} index={index} kind={kind} />
      <TextField
        name={`${at}.default`}
        label={t("default")}
        hint={t(`defaultHint.${kind}`)}
        error={fieldError(`${at}.default`)}
        registration={form.register(`${at}.default`)}
      />
      <div className="mb-6 flex items-start gap-3">
        <input id={requiredId} type="checkbox" className="mt-1 h-6 w-6 shrink-0" {...form.register(`${at}.required`)} />
        <label htmlFor={requiredId}>
          <span className="font-semibold">{t("required")}</span>
          <span className="text-muted block">{t("requiredHint")}</span>
        </label>
      </div>
      <fieldset className="mb-4">
        <legend className="mb-2 font-semibold">{t("texts")}</legend>
        <p className="text-muted mb-3">{t("textsHint")}</p>
        {LOCALES.map((locale) => {
          const language = tLanguage(locale);
          return (
            <div key={locale} className="sm:grid sm:grid-cols-2 sm:gap-4">
              <TextField
                name={`${at}.text.${locale}.label`}
                label={t("label", { language })}
                error={fieldError(`${at}.text.${locale}.label`)}
                registration={form.register(`${at}.text.${locale}.label`)}
              />
              <TextField
                name={`${at}.text.${locale}.hint`}
                label={t("hint", { language })}
                error={fieldError(`${at}.text.${locale}.hint`)}
                registration={form.register(`${at}.text.${locale}.hint`)}
              />
            </div>
          );
        })}
      </fieldset>
      <ListItemControls
        listId="parameters"
        index={index}
        count={count}
        itemName={name}
        onMove={onMove}
        onRemove={onRemove}
      />
    </fieldset>
  );
}
