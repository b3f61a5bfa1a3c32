import DecimalJs from "decimal.js";

/**
 * Exact decimal arithmetic for money and points (decisions.md: never floating point). Amounts are
 * decimals of euro cents: sums of cents are exact; a discounted amount (C / (1 + r)^t) is kept to
 * 40 significant digits, far beyond a cent for any amount a tender can hold (MAX_AMOUNT_CENTS is
 * 10^14, so a total keeps more than 20 decimals of a cent). Rankings compare these unrounded
 * values; pages and exports round once, half up, when they show them.
 *
 * A clone of the library's constructor, so our settings never leak into other users of decimal.js.
 */
export const Exact = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Exact = InstanceType<typeof Exact>;

export const ZERO = new Exact(0);

export function sum(values: readonly Exact[]): Exact {
  return values.reduce((total, value) => total.plus(value), ZERO);
}

/** Cents rounded half up to whole cents, i.e. euros to 2 decimals (123456.5 cents → 123457). */
export function roundCents(cents: Exact): number {
  return cents.toDecimalPlaces(0, DecimalJs.ROUND_HALF_UP).toNumber();
}

/** Euros with 2 decimals, half up, as text for files and the command line: 123456.5 cents → "1234.57". */
export function euros(cents: Exact): string {
  return cents.dividedBy(100).toFixed(2, DecimalJs.ROUND_HALF_UP);
}

/** Points or percentages shown to 2 decimals, half up ("33.33"). */
export function twoDecimals(value: Exact): string {
  return value.toFixed(2, DecimalJs.ROUND_HALF_UP);
}

/** The exact value as plain decimal text (no exponent), for JSON exports that others recompute. */
export function exactText(value: Exact): string {
  return value.toFixed();
}
