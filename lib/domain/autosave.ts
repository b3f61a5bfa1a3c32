/**
 * Saving a draft in the background while the drafter types, as pure decisions so they can be
 * tested without a browser. The form (app/(app)/tenders/[tenderId]/use-section-form.tsx) asks
 * `autosaveStep` each time the drafter has been idle for AUTOSAVE_IDLE_MS, and shows
 * `autosaveStatusAfter` of each attempt.
 */

/** How long after the last keystroke a background save starts. */
export const AUTOSAVE_IDLE_MS = 3_000;

/** Fields that are not the drafter's content: the lock's version, and a corrigendum's reason. */
export const AUTOSAVE_IGNORED_FIELDS = ["version", "corrigendumReason"] as const;

export type AutosaveSituation = {
  /** Only drafts are saved in the background; a corrigendum is issued on purpose, never by a timer. */
  mode: "draft" | "corrigendum";
  /** Someone else saved meanwhile: nothing more is sent until the page is reloaded. */
  conflict: boolean;
  /** The drafter pressed the save button: that save runs and takes them back to the task list. */
  submitting: boolean;
  /** A background save is still on its way. */
  saving: boolean;
  /** The values differ from what was last saved (or loaded). */
  changed: boolean;
  /** The section's schema accepts the values as they are. */
  valid: boolean;
};

/**
 * What to do now:
 * - `save`: send the values;
 * - `later`: a save is in flight; look again once it is back (the values may have changed since);
 * - `invalid`: not sent, and the drafter is told it will be saved once the errors are fixed;
 * - `nothing`: nothing to save, or saving in the background is off.
 */
export type AutosaveStep = "save" | "later" | "invalid" | "nothing";

export function autosaveStep(situation: AutosaveSituation): AutosaveStep {
  if (situation.mode !== "draft" || situation.conflict || situation.submitting) return "nothing";
  if (!situation.changed) return "nothing";
  // One save at a time: two in flight would race for the same version and conflict with each other.
  if (situation.saving) return "later";
  return situation.valid ? "save" : "invalid";
}

/**
 * True when the content differs from what was saved, ignoring the bookkeeping fields. Compares
 * the values as JSON, field by field, so an array edited back to what it was counts as unchanged.
 */
export function hasUnsavedChanges(
  saved: Readonly<Record<string, unknown>>,
  current: Readonly<Record<string, unknown>>,
): boolean {
  const ignored: readonly string[] = AUTOSAVE_IGNORED_FIELDS;
  const keys = new Set([...Object.keys(saved), ...Object.keys(current)]);
  return [...keys].some(
    (key) => !ignored.includes(key) && JSON.stringify(saved[key] ?? null) !== JSON.stringify(current[key] ?? null),
  );
}

export type AutosaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "invalid" }
  | { kind: "conflict" }
  | { kind: "failed" };

/**
 * The status line after a background save came back: saved (with the time), an edit conflict,
 * a problem only the server finds (a reference already used) to fix before the explicit save,
 * or a failure to try again at the next change.
 */
export function autosaveStatusAfter(result: { ok: true } | { ok: false; code: string }, at: Date): AutosaveStatus {
  if (result.ok) return { kind: "saved", at };
  // Saved by someone else, or moved out of draft (submitted for review): only a reload helps.
  if (result.code === "CONFLICT" || result.code === "INVALID_STATE") return { kind: "conflict" };
  if (result.code === "VALIDATION") return { kind: "invalid" };
  return { kind: "failed" };
}
