import type { Locale } from "@/lib/i18n/config";
import { findOpenStandard } from "@/lib/domain/standards/open-standards";
import { findSpdxLicenceIgnoringCase } from "@/lib/domain/spdx/spdx-licence-list";
import type { Clause, ClauseParameter, ClauseParameterValue, ClauseParameterValues } from "./clause-model";
import { effectiveParameterValues, readNumber } from "./clause-parameters";
import { fillPlaceholders } from "./placeholders";

export type RenderedClause = {
  readonly title: string;
  /** Markdown, every placeholder replaced. */
  readonly body: string;
};

/**
 * The clause as it reads in the tender documents, in one language: each placeholder replaced by
 * its value (or default) written for that language: "24 months" / "24 mois" / "24 Monate",
 * standards by name, a licence as its id and name. A value still missing shows as the parameter's
 * label in brackets, so the gap is visible instead of silently empty. Drafters' free text is
 * escaped, so it cannot add links or formatting to the tender documents.
 */
export function renderClause(clause: Clause, values: ClauseParameterValues, locale: Locale): RenderedClause {
  const content = clause.content[locale];
  const effective = effectiveParameterValues(clause, values);
  const parameters = new Map(clause.parameters.map((parameter) => [parameter.name, parameter]));
  const valueOf = (name: string): string => {
    const parameter = parameters.get(name);
    const value = effective[name];
    const label = content.parameters[name]?.label ?? name;
    if (!parameter || value === undefined) return `\\[${escapeMarkdown(label)}\\]`;
    return formatParameterValue(parameter, value, locale, content.parameters[name]?.options);
  };
  return { title: fillPlaceholders(content.title, valueOf), body: fillPlaceholders(content.body, valueOf) };
}

/** One value as tender text in the given language. */
export function formatParameterValue(
  parameter: ClauseParameter,
  value: ClauseParameterValue,
  locale: Locale,
  optionLabels?: Readonly<Record<string, string>>,
): string {
  switch (parameter.kind) {
    case "MONTHS":
    case "DAYS":
    case "HOURS":
      return formatNumber(value, locale, { style: "unit", unit: UNITS[parameter.kind], unitDisplay: "long" });
    case "PERCENT": {
      const number = readNumber(value);
      return Number.isFinite(number)
        ? new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(number / 100)
        : escapeMarkdown(String(value));
    }
    case "INTEGER":
      return formatNumber(value, locale, {});
    case "SPDX_LICENCE": {
      const licence = findSpdxLicenceIgnoringCase(String(value));
      return licence ? `${licence.id} (${licence.name})` : escapeMarkdown(String(value));
    }
    case "STANDARDS": {
      const ids = Array.isArray(value) ? (value as readonly string[]) : [String(value)];
      const names = ids.map((id) => findOpenStandard(id)?.name ?? escapeMarkdown(id));
      const type = parameter.join === "or" ? "disjunction" : "conjunction";
      return new Intl.ListFormat(locale, { type }).format(names);
    }
    case "URL":
      return `<${String(value).trim()}>`;
    case "CHOICE":
      return escapeMarkdown(optionLabels?.[String(value)] ?? String(value));
    case "TEXT":
      return escapeMarkdown(String(value));
  }
}

const UNITS = { MONTHS: "month", DAYS: "day", HOURS: "hour" } as const;

function formatNumber(value: ClauseParameterValue, locale: Locale, options: Intl.NumberFormatOptions): string {
  const number = readNumber(value);
  return Number.isFinite(number)
    ? new Intl.NumberFormat(locale, options).format(number)
    : escapeMarkdown(String(value));
}

/** Drafters' text on one line, with the characters that would start Markdown formatting escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>|~#]/g, (character) => `\\${character}`);
}
