/**
 * Amounts typed by people in any of our languages: "1,800,000.50" (en), "1 800 000,50" (fr),
 * "1.800.000,50" (de). The last separator followed by one or two digits is the decimal mark;
 * every other separator groups thousands. Money is kept as integer cents, never floats.
 */
export type MoneyInputResult = { ok: true; cents: number } | { ok: false; reason: "format" | "negative" | "tooLarge" };

/** One thousand billion euros: far above any public contract, far below Number.MAX_SAFE_INTEGER cents. */
export const MAX_AMOUNT_CENTS = 100_000_000_000_000;

export function parseMoneyInput(text: string): MoneyInputResult {
  const trimmed = text.trim().replace(/^€\s*|\s*€$|\s*EUR$/gi, "");
  if (trimmed.startsWith("-")) return { ok: false, reason: "negative" };
  if (!/^\d[\d\s.,'\u00a0\u202f]*$/.test(trimmed)) return { ok: false, reason: "format" };
  const decimal = /[.,](\d{1,2})$/.exec(trimmed);
  const wholePart = decimal ? trimmed.slice(0, decimal.index) : trimmed;
  const whole = wholePart.replace(/[\s.,'\u00a0\u202f]/g, "");
  if (!/^\d+$/.test(whole)) return { ok: false, reason: "format" };
  const fraction = (decimal?.[1] ?? "").padEnd(2, "0");
  const cents = Number(whole) * 100 + Number(fraction);
  if (!Number.isSafeInteger(cents) || cents > MAX_AMOUNT_CENTS) return { ok: false, reason: "tooLarge" };
  return { ok: true, cents };
}

/** Cents as a plain amount for an input field: "1800000" or "1800000.50". */
export function formatMoneyInput(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const fraction = cents % 100;
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(2, "0")}`;
}
