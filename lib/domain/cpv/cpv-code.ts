/**
 * CPV codes as people type them. The 8 digits are the key (eForms writes codes that way); the
 * ninth, check digit is only displayed ("72260000-5").
 *
 * The check digit is validated against the list, not computed: the Publications Office's
 * documented algorithm does not reproduce the check digits published in CPV 2008 (confirmed by the
 * Office in OP-TED/ePO discussion #589), and no common scheme (mod 10/11 weights, Luhn, ISO 7064,
 * Damm) matches them either.
 */

/** Anything that can tell whether an 8-digit code is in the vocabulary: a Set, a Map, the index. */
export type KnownCpvCodes = { has(code8: string): boolean };

export type CpvInput = { code8: string; checkDigit: string | null };

export type CpvCodeCheck =
  { ok: true; code8: string; checkDigit: string } | { ok: false; reason: "format" | "unknown" | "checkDigit" };

const CPV_INPUT = /^(\d{8})(?:-?(\d))?$/;

/**
 * Reads "72260000-5", "72260000", "72 26 00 00", "72.26.00.00-5" or "722600005" into the 8 digits
 * and the check digit when one was given; null for anything else. Does not look at the list.
 */
export function normaliseCpvInput(input: string): CpvInput | null {
  const compact = input.replace(/[\s.]/g, "");
  const match = CPV_INPUT.exec(compact);
  if (!match) return null;
  return { code8: match[1]!, checkDigit: match[2] ?? null };
}

/** True for exactly 8 digits, the form stored in the database. */
export function isCpvCode8(value: string): boolean {
  return /^\d{8}$/.test(value);
}

/**
 * Checks typed input against the vocabulary: the code must be in it, and a check digit, when
 * given, must be the published one.
 */
export function checkCpvCode(input: string, checkDigitOf: (code8: string) => string | undefined): CpvCodeCheck {
  const parsed = normaliseCpvInput(input);
  if (!parsed) return { ok: false, reason: "format" };
  const checkDigit = checkDigitOf(parsed.code8);
  if (checkDigit === undefined) return { ok: false, reason: "unknown" };
  if (parsed.checkDigit !== null && parsed.checkDigit !== checkDigit) return { ok: false, reason: "checkDigit" };
  return { ok: true, code8: parsed.code8, checkDigit };
}

/** "72260000-5": the display form. */
export function formatCpv(code8: string, checkDigit: string): string {
  return `${code8}-${checkDigit}`;
}

/**
 * The number of significant digits, from 2 (division, 72000000) to 8: 72200000 is a group (3),
 * 72260000 a class (4), 72262000 a category (5), 72262100 and below finer levels.
 */
export function cpvDepth(code8: string): number {
  let depth = code8.length;
  while (depth > 2 && code8[depth - 1] === "0") depth--;
  return depth;
}

/**
 * The parent in the hierarchy (data/cpv/README.md): zero out the rightmost non-zero digit, never
 * one of the first two, until the result is a code in the list. A division has no parent (null).
 */
export function parentOf(code8: string, known: KnownCpvCodes): string | null {
  let digits = code8;
  for (let depth = cpvDepth(digits); depth > 2; depth = cpvDepth(digits)) {
    digits = `${digits.slice(0, depth - 1)}${"0".repeat(9 - depth)}`;
    if (known.has(digits)) return digits;
  }
  return null;
}
