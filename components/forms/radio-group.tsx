"use client";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedByFor, FieldMessages, fieldId } from "./field-messages";

type Option = { value: string; label: string; hint?: string };

/** Radios in a fieldset; the first radio carries the field id, so error links land on it. */
export function RadioGroup({
  name,
  legend,
  hint,
  error,
  options,
  registration,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: Option[];
  registration: UseFormRegisterReturn;
}) {
  const id = fieldId(name);
  return (
    <fieldset
      className={`mb-6 ${error ? "border-danger border-l-4 pl-4" : ""}`}
      aria-describedby={describedByFor(id, hint, error)}
    >
      <legend className="mb-1 font-semibold">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="space-y-2">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index}`;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                id={optionId}
                type="radio"
                value={option.value}
                className="mt-1 h-6 w-6 shrink-0"
                {...registration}
              />
              <label htmlFor={optionId}>
                <span className="font-semibold">{option.label}</span>
                {option.hint ? <span className="text-muted block">{option.hint}</span> : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
