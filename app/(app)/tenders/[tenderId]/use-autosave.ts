"use client";
import { useEffect, useRef, useState, type RefObject } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import {
  AUTOSAVE_IDLE_MS,
  AUTOSAVE_IGNORED_FIELDS,
  autosaveStatusAfter,
  autosaveStep,
  hasUnsavedChanges,
  type AutosaveStatus,
} from "@/lib/domain/autosave";
import type { ActionResult } from "@/lib/errors";

type Values = Record<string, unknown>;

/**
 * Saves a draft section in the background once the drafter has stopped typing for a moment and
 * the section's schema accepts what is there (the decisions are in lib/domain/autosave.ts).
 *
 * Nothing typed is lost: a save sends a copy of the values and never resets the form, and what
 * was typed while it was on its way is compared with that copy, so it is saved next. `save` runs
 * one save at a time on the version of the last successful save, so two tabs still conflict.
 */
export function useAutosave<FormValues extends FieldValues>({
  form,
  schema,
  mode,
  conflict,
  submitting,
  save,
  onConflict,
}: {
  form: UseFormReturn<FormValues>;
  schema: z.ZodType;
  /** Only drafts are saved in the background, never corrigenda. */
  mode: "draft" | "corrigendum";
  /** After an edit conflict nothing more is sent. */
  conflict: boolean;
  /** True while the drafter's own "Save and continue" runs. */
  submitting: RefObject<boolean>;
  save: (values: Values) => Promise<ActionResult<{ version: number }>>;
  onConflict: () => void;
}): AutosaveStatus {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: "idle" });
  // The latest props, for the timer's callback (it outlives the render that set it).
  const latest = useRef({ mode, conflict, schema, save, onConflict });
  useEffect(() => {
    latest.current = { mode, conflict, schema, save, onConflict };
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let saving = false;
    let lookAgain = false;
    // What was last saved, or loaded: the baseline for "changed".
    let saved = copy(form.getValues());

    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void attempt(), AUTOSAVE_IDLE_MS);
    };

    const attempt = async () => {
      const { mode, conflict, schema, save, onConflict } = latest.current;
      const values = copy(form.getValues());
      const changed = hasUnsavedChanges(saved, values);
      const situation = {
        mode,
        conflict,
        submitting: submitting.current,
        saving,
        changed,
        valid: false,
      };
      // Validate only when a save could follow: the schema may be costly on large sections.
      if (autosaveStep({ ...situation, valid: true }) === "save") {
        situation.valid = (await schema.safeParseAsync(values)).success;
      }
      const step = autosaveStep({ ...situation, saving, submitting: submitting.current });
      if (step === "later") lookAgain = true;
      if (step === "invalid") setStatus({ kind: "invalid" });
      // Back to what was saved: nothing is left to fix or to retry.
      if (!changed && !conflict)
        setStatus((now) => (now.kind === "invalid" || now.kind === "failed" ? { kind: "idle" } : now));
      if (step !== "save") return;

      saving = true;
      setStatus({ kind: "saving" });
      const result = await save(values).catch(() => ({ ok: false as const, code: "UNAVAILABLE" }));
      saving = false;
      if (result.ok) {
        saved = values;
        // The values were valid when sent: errors from an earlier attempt are out of date.
        form.clearErrors();
      }
      const next = autosaveStatusAfter(result, new Date());
      setStatus(next);
      if (next.kind === "conflict") {
        onConflict();
        return;
      }
      // Typed while the save was on its way: save that too, after the usual pause.
      if (lookAgain || hasUnsavedChanges(saved, copy(form.getValues()))) {
        lookAgain = false;
        schedule();
      }
    };

    const ignored: readonly string[] = AUTOSAVE_IGNORED_FIELDS;
    const subscription = form.watch((_values, { name }) => {
      if (name && ignored.includes(name)) return;
      if (latest.current.mode === "draft" && !latest.current.conflict) schedule();
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer);
    };
  }, [form, submitting]);

  return status;
}

/** A snapshot of the form's values, so later typing cannot change what a save sent. */
function copy(values: FieldValues): Values {
  return JSON.parse(JSON.stringify(values)) as Values;
}
