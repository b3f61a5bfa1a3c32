"use client";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from "react";
import type { DefaultValues, FieldValues, Path } from "react-hook-form";
import type { z } from "zod";
import { useSectionFormMode } from "@/components/layout/section-form-mode";
import { useActionForm } from "@/components/forms/use-action-form";
import { createSerialSave, type SerialSave } from "@/lib/domain/serial-save";
import type { ActionResult } from "@/lib/errors";
import { requiringCorrigendumReason } from "@/lib/schemas/corrigendum";
import { AutosaveStatusLine, ConflictNotice, CorrigendumFields } from "./section-form-notices";
import { useAutosave } from "./use-autosave";

type SectionValues = FieldValues & { tenderId: string; version: number; corrigendumReason?: string };
type SaveResult = ActionResult<{ version: number }>;

/**
 * A task page's form: saves the section with the version it was loaded at, then returns to the
 * task list. When someone else saved in between, nothing is overwritten: the drafter is told,
 * keeps what they typed on screen, and chooses when to load the other version. Forms render
 * `notices` above themselves.
 *
 * How it saves depends on the page frame (TenderSectionPage): a draft is also saved in the
 * background as the drafter types (useAutosave); on a published tender a save issues a
 * corrigendum, and `notices` then hold its explanation and the required reason.
 */
export function useSectionForm<Schema extends z.ZodType<SectionValues, FieldValues>>({
  schema,
  action,
  values,
}: {
  schema: Schema;
  action: (input: z.input<Schema>) => Promise<SaveResult>;
  values: DefaultValues<z.input<Schema>> & { tenderId: string; version: number };
}) {
  const mode = useSectionFormMode();
  const router = useRouter();
  const [conflictFrom, setConflictFrom] = useState<number | null>(null);
  const onSaved = useRef<(version: number) => void>(() => {});
  const save = useSerialSave(action, values.version, onSaved);
  const submitting = useRef(false);
  const formSchema = useMemo(
    () => (mode.kind === "corrigendum" ? requiringCorrigendumReason(schema) : schema),
    [mode.kind, schema],
  );

  const result = useActionForm({
    schema: formSchema,
    action: async (input: z.input<Schema>) => {
      submitting.current = true;
      const outcome = await save.run(input);
      if (!outcome.ok) submitting.current = false;
      return outcome;
    },
    defaultValues: values,
    onSuccess: () => {
      router.push(`/tenders/${values.tenderId}`);
      router.refresh();
    },
    onFailure: (failure) => {
      if (failure.code === "CONFLICT" && failure.formError === "errors.tenderChangedMeanwhile") {
        setConflictFrom(save.baseVersion());
      }
    },
  });
  const { form } = result;
  useEffect(() => {
    // Once saved, the form holds the new version (no navigation: the drafter goes on typing).
    onSaved.current = (version) => form.setValue("version" as Path<z.input<Schema>>, version as never);
  }, [form]);

  const autosave = useAutosave({
    form,
    schema,
    mode: mode.kind,
    conflict: conflictFrom !== null,
    submitting,
    save: (snapshot) => save.run(snapshot as z.input<Schema>),
    onConflict: () => setConflictFrom(save.baseVersion()),
  });

  const notices: ReactNode = (
    <>
      {conflictFrom !== null ? <ConflictNotice tenderId={values.tenderId} fromVersion={conflictFrom} /> : null}
      {mode.kind === "corrigendum" ? (
        <CorrigendumFields
          registration={form.register("corrigendumReason" as Path<z.input<Schema>>)}
          error={result.fieldError("corrigendumReason")}
          extendDeadline={mode.extendDeadline}
        />
      ) : (
        <AutosaveStatusLine status={autosave} />
      )}
    </>
  );
  return { ...result, notices };
}

/**
 * One queue of saves for the page (lib/domain/serial-save.ts): the background save and the
 * drafter's own never overlap, and each is sent on the version the previous one produced.
 */
function useSerialSave<Input extends object>(
  action: (input: Input) => Promise<SaveResult>,
  loadedVersion: number,
  onSaved: RefObject<(version: number) => void>,
) {
  const latestAction = useRef(action);
  useEffect(() => {
    latestAction.current = action;
  });
  // Made on first use, in an event: the queue and its version live as long as the page.
  const serial = useRef<SerialSave<Input, SaveResult> | null>(null);
  const queue = () =>
    (serial.current ??= createSerialSave(
      loadedVersion,
      (input: Input) => latestAction.current(input),
      (version) => onSaved.current(version),
    ));
  return { run: (input: Input) => queue().run(input), baseVersion: () => queue().baseVersion() };
}
