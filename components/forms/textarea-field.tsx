"use client";
import type { TextareaHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedByFor, FieldMessages, fieldId } from "./field-messages";

type Props = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">;

export function TextareaField({ name, label, hint, error, registration, rows = 6, ...props }: Props) {
  const id = fieldId(name);
  return (
    <div className={`mb-6 ${error ? "border-danger border-l-4 pl-4" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByFor(id, hint, error)}
        className={`w-full max-w-2xl rounded border-2 px-3 py-2 ${error ? "border-danger" : "border-ink"}`}
        {...props}
        {...registration}
      />
    </div>
  );
}
