"use client";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { RadioGroup } from "@/components/forms/radio-group";
import { TextField } from "@/components/forms/text-field";
import { LICENCE_ACCEPTANCE, type ParameterKind } from "@/lib/domain/clauses/clause-model";
import { STANDARD_AREAS } from "@/lib/domain/standards/open-standards";
import { ChoiceOptionList } from "./choice-option-list";
import type { ClauseEditorForm, FieldErrorOf } from "./editor-values";

const NUMBER_KINDS: readonly ParameterKind[] = ["MONTHS", "DAYS", "HOURS", "PERCENT", "INTEGER"];

/**
 * The settings of the parameter's kind: limits for numbers, which licences a licence parameter
 * accepts, the areas and count of standards, the length of a text, the options of a choice. The
 * form keeps the settings of the other kinds (switching back restores them); only those of the
 * chosen kind are saved.
 */
export function ParameterSettings({
  form,
  fieldError,
  index,
  kind,
}: {
  form: ClauseEditorForm;
  fieldError: FieldErrorOf;
  index: number;
  kind: ParameterKind;
}) {
  const t = useTranslations("clauses.edit.parameter");
  const tLibrary = useTranslations("clauseLibrary");
  const at = `parameters.${index}` as const;
  const limits = (which: "numbers" | "standards") => (
    <div className="sm:grid sm:grid-cols-2 sm:gap-4">
      {(["min", "max"] as const).map((bound) => (
        <TextField
          key={bound}
          name={`${at}.${bound}`}
          label={t(`${which}.${bound}`)}
          hint={t("limitHint")}
          inputMode="decimal"
          error={fieldError(`${at}.${bound}`)}
          registration={form.register(`${at}.${bound}`)}
        />
      ))}
    </div>
  );

  if (NUMBER_KINDS.includes(kind)) return limits("numbers");
  switch (kind) {
    case "SPDX_LICENCE":
      return (
        <RadioGroup
          name={`${at}.accept`}
          legend={t("accept")}
          error={fieldError(`${at}.accept`)}
          options={LICENCE_ACCEPTANCE.map((value) => ({
            value,
            label: t(`acceptOption.${value}.label`),
            hint: t(`acceptOption.${value}.hint`),
          }))}
          registration={form.register(`${at}.accept`)}
        />
      );
    case "STANDARDS":
      return (
        <>
          <CheckboxGroup
            name={`${at}.areas`}
            legend={t("areas")}
            hint={t("areasHint")}
            error={fieldError(`${at}.areas`)}
            options={STANDARD_AREAS.map((value) => ({ value, label: tLibrary(`standardArea.${value}`) }))}
            registration={form.register(`${at}.areas`)}
          />
          {limits("standards")}
          <RadioGroup
            name={`${at}.join`}
            legend={t("join")}
            error={fieldError(`${at}.join`)}
            options={(["and", "or"] as const).map((value) => ({ value, label: t(`joinOption.${value}`) }))}
            registration={form.register(`${at}.join`)}
          />
        </>
      );
    case "TEXT":
      return (
        <TextField
          name={`${at}.maxLength`}
          label={t("maxLength")}
          inputMode="numeric"
          className="max-w-xs"
          error={fieldError(`${at}.maxLength`)}
          registration={form.register(`${at}.maxLength`)}
        />
      );
    case "CHOICE":
      return <ChoiceOptionList form={form} fieldError={fieldError} parameterIndex={index} />;
    default:
      return null;
  }
}
