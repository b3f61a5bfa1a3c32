"use client";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedByFor, FieldMessages, fieldId } from "./field-messages";

export function SelectField({
  name,
  label,
  hint,
  error,
  options,
  registration,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  registration: UseFormRegisterReturn;
}) {
  const id = fieldId(name);
  return (
    <div className={`mb-6 ${error ? "border-danger border-l-4 pl-4" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByFor(id, hint, error)}
        className={`min-h-11 rounded border-2 bg-white px-2 ${error ? "border-danger" : "border-ink"}`}
        {...registration}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
