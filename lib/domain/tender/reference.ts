/**
 * Generated tender references: the organisation's prefix, the year and a yearly sequence, e.g.
 * `MIN-2026-0007`. The sequence has at least 4 digits so references sort in order within a year;
 * an organisation that passes 9,999 tenders in a year simply gets 5 digits.
 */
export type TenderReferenceParts = { prefix: string; year: number; sequence: number };

/** Same rule as the organisation set-up form: a letter, then 1–7 letters or digits. */
export const REFERENCE_PREFIX = /^[A-Z][A-Z0-9]{1,7}$/;

const REFERENCE = /^([A-Z][A-Z0-9]{1,7})-(\d{4})-(\d{4,})$/;

/**
 * `MIN-2026-0007` from ("MIN", 2026, 7). Expects a valid prefix (`REFERENCE_PREFIX`), a 4-digit
 * year and a sequence ≥ 1, as the organisation record and the yearly counter guarantee.
 */
export function formatTenderReference(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(4, "0")}`;
}

/**
 * The parts of a generated reference, or null for anything else (references are editable, so a
 * tender may carry one in another form). Accepts lower case and surrounding spaces, as typed in a
 * search box; rejects sequence 0 and extra leading zeros, so each reference has one spelling.
 */
export function parseTenderReference(text: string): TenderReferenceParts | null {
  const match = REFERENCE.exec(text.trim().toUpperCase());
  if (!match) return null;
  const prefix = match[1]!;
  const year = Number(match[2]);
  const sequence = Number(match[3]);
  if (sequence < 1 || formatTenderReference(prefix, year, sequence) !== match[0]) return null;
  return { prefix, year, sequence };
}
