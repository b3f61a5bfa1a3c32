"use client";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { RadioGroup } from "@/components/forms/radio-group";
import { TextField } from "@/components/forms/text-field";
import type { ClauseContent, ClauseParameter } from "@/lib/domain/clauses/clause-model";
import { formatParameterValue } from "@/lib/domain/clauses/render-clause";
import { OPEN_STANDARDS } from "@/lib/domain/standards/open-standards";
import type { Locale } from "@/lib/i18n/config";

/**
 * One parameter of a chosen clause, with the input its kind needs: a licence id or text in a text
 * input, numbers in a numeric one, standards as checkboxes, options as radios. A blank text or
 * number field means "use the default", which the hint spells out.
 */
export function ClauseParameterField({
  name,
  parameter,
  content,
  locale,
  error,
  warning,
  registration,
}: {
  /** The form path: clauses.2.values.exitPlanMonths. */
  name: string;
  parameter: ClauseParameter;
  content: ClauseContent;
  locale: Locale;
  error?: string;
  /** Advice that does not block saving, such as a deprecated licence id. */
  warning?: string;
  registration: UseFormRegisterReturn;
}) {
  const t = useTranslations("tenders.clauses");
  const text = content.parameters[parameter.name];
  const label = text?.label ?? parameter.name;
  const defaultText =
    parameter.default === undefined ? undefined : formatParameterValue(parameter, parameter.default, locale);
  const hint =
    [text?.hint, defaultText !== undefined ? t("defaultHint", { value: defaultText }) : undefined, warning]
      .filter(Boolean)
      .join(" ") || undefined;

  switch (parameter.kind) {
    case "STANDARDS": {
      const standards = OPEN_STANDARDS.filter(
        (standard) => !parameter.areas || parameter.areas.includes(standard.area),
      );
      return (
        <CheckboxGroup
          name={name}
          legend={label}
          hint={text?.hint}
          error={error}
          options={standards.map((standard) => ({ value: standard.id, label: standard.name }))}
          registration={registration}
        />
      );
    }
    case "CHOICE":
      return (
        <RadioGroup
          name={name}
          legend={label}
          hint={text?.hint}
          error={error}
          options={parameter.options.map((option) => ({ value: option, label: text?.options?.[option] ?? option }))}
          registration={registration}
        />
      );
    case "MONTHS":
    case "DAYS":
    case "HOURS":
    case "INTEGER":
    case "PERCENT":
      return (
        <TextField
          name={name}
          label={t(`unit.${parameter.kind}`, { label })}
          hint={hint}
          error={error}
          inputMode={parameter.kind === "PERCENT" ? "decimal" : "numeric"}
          className="max-w-[10rem]"
          registration={registration}
        />
      );
    default:
      return (
        <TextField
          name={name}
          label={label}
          hint={hint}
          error={error}
          spellCheck={false}
          autoComplete="off"
          inputMode={parameter.kind === "URL" ? "url" : undefined}
          registration={registration}
        />
      );
  }
}
