/**
 * Exact rational numbers in BigInt, for points and costs that must compare exactly
 * (decisions.md: points are computed exactly, rankings compare unrounded values). A discounted
 * amount C / (1 + r)^t is a rational whenever the rate has at most two decimals, so a total cost
 * of ownership, every formula's points and every weighted total stay exact: two bids tie only
 * when their values are truly equal, never because of a rounding in the 40th digit.
 *
 * Values are plain objects `{ n, d }` with d > 0. Operations reduce by the greatest common
 * divisor only where denominators differ, which keeps sums of same-denominator values (most
 * points of one tender) cheap.
 */
export type Rational = { readonly n: bigint; readonly d: bigint };

export const R_ZERO: Rational = { n: 0n, d: 1n };
export const R_ONE: Rational = { n: 1n, d: 1n };

export function rational(n: bigint | number, d: bigint | number = 1n): Rational {
  const num = typeof n === "bigint" ? n : toBigInt(n);
  const den = typeof d === "bigint" ? d : toBigInt(d);
  if (den === 0n) throw new RangeError("rational: zero denominator");
  return den < 0n ? { n: -num, d: -den } : { n: num, d: den };
}

function toBigInt(value: number): bigint {
  if (!Number.isSafeInteger(value)) throw new RangeError(`rational: ${value} is not a safe integer`);
  return BigInt(value);
}

/**
 * A decimal number as written (a JSON number such as 3.25, or text such as "-12.5" or
 * "1987.333"), read exactly from its decimal digits rather than its binary float value.
 */
export function fromDecimal(value: number | string): Rational {
  const text = typeof value === "number" ? decimalText(value) : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new RangeError(`rational: "${text}" is not a decimal number`);
  const [, sign, whole, fraction = ""] = match;
  const n = BigInt(`${whole}${fraction}`) * (sign === "-" ? -1n : 1n);
  return reduce({ n, d: 10n ** BigInt(fraction.length) });
}

/** A float's shortest decimal text without exponent (0.07 → "0.07", 1e-7 → "0.0000001"). */
function decimalText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`rational: ${value} is not finite`);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, "");
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function reduce(value: Rational): Rational {
  if (value.n === 0n) return R_ZERO;
  const divisor = gcd(value.n, value.d);
  return divisor === 1n ? value : { n: value.n / divisor, d: value.d / divisor };
}

export function add(a: Rational, b: Rational): Rational {
  if (a.d === b.d) return { n: a.n + b.n, d: a.d };
  return reduce({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
}

export function sub(a: Rational, b: Rational): Rational {
  return add(a, { n: -b.n, d: b.d });
}

export function mul(a: Rational, b: Rational): Rational {
  return reduce({ n: a.n * b.n, d: a.d * b.d });
}

export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError("rational: division by zero");
  return reduce(rational(a.n * b.d, a.d * b.n));
}

export function sumOf(values: readonly Rational[]): Rational {
  let total = R_ZERO;
  for (const value of values) total = add(total, value);
  return total;
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left === right ? 0 : left < right ? -1 : 1;
}

export function sign(a: Rational): -1 | 0 | 1 {
  return a.n === 0n ? 0 : a.n < 0n ? -1 : 1;
}

export function isZero(a: Rational): boolean {
  return a.n === 0n;
}

export function min(a: Rational, b: Rational): Rational {
  return compare(a, b) <= 0 ? a : b;
}

export function max(a: Rational, b: Rational): Rational {
  return compare(a, b) >= 0 ? a : b;
}

/**
 * Decimal text with `places` decimals, rounded half away from zero (half up for the positive
 * values points and costs are; a negative margin rounds symmetrically): 200/3 → "66.67".
 */
export function toFixed(value: Rational, places = 2): string {
  const scale = 10n ** BigInt(places);
  const negative = value.n < 0n;
  const absolute = negative ? -value.n : value.n;
  const scaled = (2n * absolute * scale + value.d) / (2n * value.d);
  const whole = scaled / scale;
  const fraction = places === 0 ? "" : `.${(scaled % scale).toString().padStart(places, "0")}`;
  return `${negative && scaled !== 0n ? "-" : ""}${whole}${fraction}`;
}

/** The exact value as reduced "n/d", or "n" for an integer: what a reviewer recomputes. */
export function toExactText(value: Rational): string {
  const reduced = reduce(value);
  return reduced.d === 1n ? reduced.n.toString() : `${reduced.n}/${reduced.d}`;
}

/** Reads toExactText's "n/d" or "n" back, or a decimal such as "12.5". */
export function fromExactText(text: string): Rational {
  const fraction = /^(-?\d+)\/(\d+)$/.exec(text.trim());
  if (fraction) return reduce(rational(BigInt(fraction[1]!), BigInt(fraction[2]!)));
  return fromDecimal(text);
}

/** A float close to the value, for charts only; never for comparing or ranking. */
export function toNumber(value: Rational): number {
  return Number(toFixed(value, 12));
}
