import { TIMELINE_DATES } from "../tender-enums";
import type { TenderSection } from "../tender-tasks";

/**
 * The stored fields each task-list section saves: what a revision restores, and what the
 * comparison checks when the section's summary shows no difference (a detail the summary does not
 * print, such as a lot's CPV code, may still have changed).
 */
export const SECTION_FIELDS = {
  about: ["reference", "title", "summary", "contractNature", "documentsLanguage"],
  procedure: ["procedureType", "procedureGround"],
  scope: ["mainCpv", "additionalCpvs", "estimatedValueCents", "currency", "durationMonths", "renewalOptions"],
  lots: ["lots", "reasonsForNotDividing"],
  criteria: ["award"],
  requirements: ["requirements"],
  clauses: ["clauses", "clauseRemovals"],
  sovereignty: ["sovereignty"],
  phases: ["innovationPhases"],
  timeline: TIMELINE_DATES,
} as const satisfies Record<TenderSection, readonly string[]>;

export type ContentField = (typeof SECTION_FIELDS)[TenderSection][number];

/** Every field a drafter writes through the sections: the tender's content, which a restore brings back. */
export const CONTENT_FIELDS: readonly ContentField[] = Object.values(SECTION_FIELDS).flat();

/** True when any stored field of the section differs, comparing JSON values by content. */
export function sectionFieldsDiffer(
  section: TenderSection,
  before: Partial<Record<ContentField, unknown>>,
  after: Partial<Record<ContentField, unknown>>,
): boolean {
  return SECTION_FIELDS[section].some((field) => !sameValue(before[field], after[field]));
}

/**
 * Deep equality of JSON-like values, whatever the order of object keys (PostgreSQL's jsonb does
 * not keep the order they were written in). A missing key and `undefined` are the same.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => sameValue(left[key], right[key]));
}
