"use client";
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/errors";
import { describedByFor, FieldMessages } from "./field-messages";
import { useHydrated } from "./use-hydrated";
import { useMessage } from "./use-message";

/**
 * The file an import form sends, read in the browser as text (it is never stored as a file), with
 * the error to show at the field when there is none or it is too large. The size in bytes is
 * checked first, so a huge file is never read into the page: a UTF-8 file of more than four bytes
 * per character allowed has more characters than allowed whatever it holds.
 */
export function useChosenFile({
  maxCharacters,
  requiredRef,
  tooLargeRef,
}: {
  maxCharacters: number;
  /** Message references (validation.…) for no file chosen and a file too large. */
  requiredRef: string;
  tooLargeRef: string;
}) {
  const message = useMessage();
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  async function read(): Promise<string | null> {
    const file = fileRef.current?.files?.[0];
    if (!file) return refuse(requiredRef);
    if (file.size > maxCharacters * 4) return refuse(tooLargeRef);
    const content = await file.text();
    if (content.length > maxCharacters) return refuse(tooLargeRef);
    setFileError(null);
    return content;
  }
  function refuse(ref: string) {
    setFileError(message(ref));
    return null;
  }
  const clear = () => {
    if (fileRef.current) fileRef.current.value = "";
  };
  return { fileRef, fileError, read, clear };
}

/** The words of a failed action for the page's alert: the first field's error, or the form's. */
export function failureRef(result: Extract<ActionResult<unknown>, { ok: false }>): string {
  return Object.values(result.fieldErrors)[0]?.[0] ?? result.formError;
}

/**
 * An import: the result of the last sending above (focused when it arrives, so it is read first),
 * then the form: what goes with the file (`children`, e.g. its format), the file, what happens to
 * it, and the button. Disabled until hydrated and while sending.
 */
export function FileImportForm({
  fileRef,
  fileError,
  outcome,
  result,
  label,
  hint,
  accept,
  allOrNothing,
  submitLabel,
  isPending,
  onSubmit,
  children,
}: {
  fileRef: RefObject<HTMLInputElement | null>;
  fileError: string | null;
  /** What the last sending gave, or null: a new one moves the focus to `result`. */
  outcome: object | null;
  result: ReactNode;
  label: string;
  hint?: string;
  accept: string;
  allOrNothing: string;
  submitLabel: string;
  isPending: boolean;
  onSubmit: () => void;
  children?: ReactNode;
}) {
  const id = useId();
  const hydrated = useHydrated();
  const resultRef = useRef<HTMLDivElement>(null);
  const error = fileError ?? undefined;
  useEffect(() => {
    if (outcome) resultRef.current?.focus();
  }, [outcome]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <>
      <div ref={resultRef} tabIndex={-1}>
        {result}
      </div>
      <form onSubmit={submit} method="post" noValidate>
        <fieldset disabled={!hydrated || isPending} className="m-0 min-w-0 border-0 p-0">
          {children}
          <div className={`mb-6 ${error ? "border-danger border-l-4 pl-4" : ""}`}>
            <label htmlFor={`${id}-file`} className="mb-1 block font-semibold">
              {label}
            </label>
            <FieldMessages id={id} hint={hint} error={error} />
            <input
              ref={fileRef}
              id={`${id}-file`}
              type="file"
              accept={accept}
              aria-describedby={describedByFor(id, hint, error)}
              aria-invalid={error ? true : undefined}
              className="block"
            />
          </div>
          <p className="mb-4">{allOrNothing}</p>
          <Button type="submit" disabled={isPending}>
            {submitLabel}
          </Button>
        </fieldset>
      </form>
    </>
  );
}

/** A failed sending, said in words above the form. */
export function ImportErrorAlert({ message }: { message: string }) {
  return (
    <div role="alert" className="border-danger mb-6 border-4 p-4">
      <p className="text-danger font-bold">{message}</p>
    </div>
  );
}
