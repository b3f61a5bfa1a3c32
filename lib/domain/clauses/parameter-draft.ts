import { LOCALES, type Locale } from "@/lib/i18n/config";
import type { StandardArea } from "@/lib/domain/standards/open-standards";
import type {
  ClauseContent,
  ClauseParameter,
  ClauseParameterText,
  ClauseParameterValue,
  LicenceAcceptance,
  Localised,
  ParameterKind,
} from "./clause-model";

/**
 * A parameter as the library editor's form holds it: every setting of every kind is present (the
 * form shows those of the chosen kind), numbers and the default as typed text, and the label,
 * hint and option wordings per language next to the parameter they describe.
 */
export type ParameterTextDraft = { label: string; hint: string };
export type ChoiceOptionDraft = { value: string; wording: Record<Locale, string> };

export type ParameterDraft = {
  name: string;
  kind: ParameterKind;
  required: boolean;
  /** Numbers: the smallest and largest value; standards: how many to choose. Blank: no limit. */
  min: string;
  max: string;
  /** SPDX_LICENCE only. */
  accept: LicenceAcceptance;
  /** STANDARDS only: empty means any area of the catalogue. */
  areas: StandardArea[];
  join: "and" | "or";
  /** TEXT only. */
  maxLength: string;
  /** CHOICE only. */
  options: ChoiceOptionDraft[];
  /** Blank: no default. Standards as "ODF-1.3, PDF-A-2". */
  default: string;
  text: Record<Locale, ParameterTextDraft>;
};

const perLocale = <T>(make: (locale: Locale) => T) =>
  Object.fromEntries(LOCALES.map((locale) => [locale, make(locale)])) as Record<Locale, T>;

/** A new parameter row: a licence acceptance and a text length the editor would otherwise ask for. */
export function emptyParameterDraft(): ParameterDraft {
  return {
    name: "",
    kind: "TEXT",
    required: true,
    min: "",
    max: "",
    accept: "OSI_APPROVED",
    areas: [],
    join: "and",
    maxLength: "200",
    options: [],
    default: "",
    text: perLocale(() => ({ label: "", hint: "" })),
  };
}

export function emptyChoiceOptionDraft(): ChoiceOptionDraft {
  return { value: "", wording: perLocale(() => "") };
}

/**
 * The parameter and its texts per language. Only the settings of its kind are kept; limits that
 * are not numbers become NaN, which the definition check reports on the field.
 */
export function parameterFromDraft(draft: ParameterDraft): {
  parameter: ClauseParameter;
  text: Record<Locale, ClauseParameterText>;
} {
  const base = { name: draft.name.trim(), required: draft.required };
  const range = { ...limit("min", draft.min), ...limit("max", draft.max) };
  let parameter: ClauseParameter;
  switch (draft.kind) {
    case "MONTHS":
    case "DAYS":
    case "HOURS":
    case "PERCENT":
    case "INTEGER":
      parameter = { ...base, kind: draft.kind, ...range } as ClauseParameter;
      break;
    case "SPDX_LICENCE":
      parameter = { ...base, kind: draft.kind, accept: draft.accept };
      break;
    case "STANDARDS":
      parameter = {
        ...base,
        kind: draft.kind,
        ...(draft.areas.length > 0 ? { areas: [...draft.areas] } : {}),
        ...limit("minItems", draft.min),
        ...limit("maxItems", draft.max),
        // "and" is what a list without `join` means: left out, as the shipped clauses do.
        ...(draft.join === "or" ? { join: "or" as const } : {}),
      };
      break;
    case "TEXT":
      parameter = { ...base, kind: draft.kind, maxLength: readLimit(draft.maxLength) ?? Number.NaN };
      break;
    case "CHOICE":
      parameter = { ...base, kind: draft.kind, options: draft.options.map((option) => option.value.trim()) };
      break;
    default:
      // A kind the form does not know: kept as sent, so the definition check names it.
      parameter = { ...base, kind: draft.kind } as unknown as ClauseParameter;
  }
  const value = readDefault(parameter, draft.default);
  if (value !== undefined) parameter = { ...parameter, default: value } as ClauseParameter;
  const text = perLocale((locale): ClauseParameterText => {
    const { label, hint } = draft.text[locale];
    const options =
      draft.kind === "CHOICE"
        ? Object.fromEntries(draft.options.map((option) => [option.value.trim(), option.wording[locale].trim()]))
        : undefined;
    return {
      label: label.trim(),
      ...(hint.trim() ? { hint: hint.trim() } : {}),
      ...(options ? { options } : {}),
    };
  });
  return { parameter, text };
}

/** What the editor shows for a parameter of a stored version. */
export function parameterDraftOf(parameter: ClauseParameter, content: Localised<ClauseContent>): ParameterDraft {
  const empty = emptyParameterDraft();
  const numberText = (value: number | undefined) => (value === undefined ? "" : String(value));
  const texts = (locale: Locale) => content[locale]?.parameters?.[parameter.name];
  return {
    ...empty,
    name: parameter.name,
    kind: parameter.kind,
    required: parameter.required,
    min: numberText(
      parameter.kind === "STANDARDS" ? parameter.minItems : "min" in parameter ? parameter.min : undefined,
    ),
    max: numberText(
      parameter.kind === "STANDARDS" ? parameter.maxItems : "max" in parameter ? parameter.max : undefined,
    ),
    accept: parameter.kind === "SPDX_LICENCE" ? parameter.accept : empty.accept,
    areas: parameter.kind === "STANDARDS" ? [...(parameter.areas ?? [])] : [],
    join: parameter.kind === "STANDARDS" ? (parameter.join ?? "and") : "and",
    maxLength: parameter.kind === "TEXT" ? String(parameter.maxLength) : empty.maxLength,
    options:
      parameter.kind === "CHOICE"
        ? parameter.options.map((value) => ({
            value,
            wording: perLocale((locale) => texts(locale)?.options?.[value] ?? ""),
          }))
        : [],
    default: defaultText(parameter),
    text: perLocale((locale) => ({ label: texts(locale)?.label ?? "", hint: texts(locale)?.hint ?? "" })),
  };
}

/**
 * A default typed in the editor as the parameter's value: numbers for numeric kinds (text that is
 * not a number is kept, so the parameter check reports it), a list for standards, else the text.
 */
export function readDefault(parameter: ClauseParameter, text: string): ClauseParameterValue | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  switch (parameter.kind) {
    case "MONTHS":
    case "DAYS":
    case "HOURS":
    case "PERCENT":
    case "INTEGER": {
      const number = readLimit(trimmed);
      return number !== undefined && Number.isFinite(number) ? number : trimmed;
    }
    case "STANDARDS":
      return trimmed
        .split(/[\s,;]+/)
        .map((id) => id.trim())
        .filter(Boolean);
    default:
      return trimmed;
  }
}

export function defaultText(parameter: ClauseParameter): string {
  const value = parameter.default;
  if (value === undefined) return "";
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/** A limit as typed: blank is no limit, "12" or "99,5" a number, anything else NaN. */
export function readLimit(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const normalised = trimmed.replace(/^(-?\d+),(\d+)$/, "$1.$2");
  return /^-?\d+(?:\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

function limit<Name extends string>(name: Name, text: string): Partial<Record<Name, number>> {
  const value = readLimit(text);
  return value === undefined ? {} : ({ [name]: value } as Record<Name, number>);
}
