"use client";
import { useId } from "react";

/** Radios in a fieldset for a form that keeps its value in React state rather than react-hook-form. */
export function RadioGroupPlain({
  name,
  legend,
  value,
  onChange,
  options,
}: {
  name: string;
  legend: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string; hint?: string }[];
}) {
  const id = useId();
  return (
    <fieldset className="mb-6">
      <legend className="mb-1 font-semibold">{legend}</legend>
      <div className="space-y-2">
        {options.map((option) => (
          <div key={option.value} className="flex items-start gap-3">
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="mt-1 h-6 w-6 shrink-0"
            />
            <label htmlFor={`${id}-${option.value}`}>
              <span className="font-semibold">{option.label}</span>
              {option.hint ? <span className="text-muted block">{option.hint}</span> : null}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
