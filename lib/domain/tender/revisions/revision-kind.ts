import { TENDER_SECTIONS, type TenderSection } from "../tender-tasks";
import type { TenderStatus } from "../tender-enums";

/**
 * What one revision of a tender records, read from its label (the `section` column of
 * TenderRevision, a plain string): a task-list section for a save, "created", "status" for a move
 * along the lifecycle, "restored:<version>" for a restore (the schema has no column for the
 * version it came from, so the label carries it), and "corrigendum" or "corrigendum:<section>"
 * for a change after publication.
 */
export type RevisionKind =
  | { kind: "created" }
  | { kind: "section"; section: TenderSection }
  | { kind: "corrigendum"; section: TenderSection | null }
  | { kind: "status" }
  | { kind: "restored"; fromVersion: number }
  | { kind: "other"; label: string };

const RESTORED = "restored:";
const CORRIGENDUM = "corrigendum";

/** The label of a revision that restored the content of `fromVersion`. */
export function restoredLabel(fromVersion: number): string {
  return `${RESTORED}${fromVersion}`;
}

/**
 * Reads a revision's label. `status` is the tender's status in the revision: only drafts are
 * saved section by section, so a section saved on a published tender was a corrigendum.
 */
export function revisionKind(label: string, status?: TenderStatus): RevisionKind {
  if (label === "created") return { kind: "created" };
  if (label === "status") return { kind: "status" };
  if (label.startsWith(RESTORED)) {
    const digits = label.slice(RESTORED.length);
    if (/^\d{1,9}$/.test(digits)) return { kind: "restored", fromVersion: Number(digits) };
    return { kind: "other", label };
  }
  if (label === CORRIGENDUM) return { kind: "corrigendum", section: null };
  if (label.startsWith(`${CORRIGENDUM}:`)) {
    const section = label.slice(CORRIGENDUM.length + 1);
    return { kind: "corrigendum", section: isTenderSection(section) ? section : null };
  }
  if (isTenderSection(label)) {
    return status === "PUBLISHED" ? { kind: "corrigendum", section: label } : { kind: "section", section: label };
  }
  return { kind: "other", label };
}

function isTenderSection(value: string): value is TenderSection {
  return (TENDER_SECTIONS as readonly string[]).includes(value);
}
