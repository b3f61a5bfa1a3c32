"use client";
import type { InputHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedByFor, FieldMessages, fieldId } from "./field-messages";

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  optionalLabel?: string;
  registration: UseFormRegisterReturn;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

/** A labelled input with its hint and error, tied together for screen readers. */
export function TextField({
  name,
  label,
  hint,
  error,
  optionalLabel,
  registration,
  className = "",
  ...inputProps
}: TextFieldProps) {
  const id = fieldId(name);
  const describedBy = describedByFor(id, hint, error);
  return (
    <div className={`mb-6 ${error ? "border-danger border-l-4 pl-4" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
        {optionalLabel ? <span className="font-normal"> ({optionalLabel})</span> : null}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`min-h-11 w-full max-w-xl rounded border-2 px-3 py-2 ${error ? "border-danger" : "border-ink"} ${className}`}
        {...inputProps}
        {...registration}
      />
    </div>
  );
}
