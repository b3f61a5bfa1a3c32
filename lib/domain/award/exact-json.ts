import { toExactText, type Rational } from "@/lib/domain/rational";

/**
 * Exact values as JSON: every Rational of the evaluation's result becomes its reduced "n/d" text
 * (toExactText), which fromExactText reads back, so a frozen award decision keeps the unrounded
 * values it rested on. Everything else is copied as it is.
 */
export type ExactJson<T> = T extends Rational
  ? string
  : T extends readonly (infer Item)[]
    ? ExactJson<Item>[]
    : T extends object
      ? { [Key in keyof T]: ExactJson<T[Key]> }
      : T;

export function toExactJson<T>(value: T): ExactJson<T> {
  return convert(value) as ExactJson<T>;
}

function convert(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(convert);
  if (value === null || typeof value !== "object") return value;
  if (isRational(value)) return toExactText(value);
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, convert(entry)]));
}

function isRational(value: object): value is Rational {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as Rational).n === "bigint" && typeof (value as Rational).d === "bigint";
}
