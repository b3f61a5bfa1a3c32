"use client";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedByFor, FieldMessages, fieldId } from "./field-messages";

export type ChoiceGroupProps = {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string; hint?: string }[];
  registration: UseFormRegisterReturn;
};

/**
 * Radios or checkboxes in a fieldset with its legend, hint and error; the first input carries the
 * field id, so the error summary's link lands on it.
 */
export function ChoiceGroup({
  type,
  name,
  legend,
  hint,
  error,
  options,
  registration,
}: ChoiceGroupProps & { type: "radio" | "checkbox" }) {
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
                type={type}
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
