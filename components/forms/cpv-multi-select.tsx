"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { code8Of, CpvSearchBox, useCpvLabels } from "./cpv-combobox";
import { describedByFor, FieldMessages, fieldId } from "./field-messages";

type CpvMultiSelectProps = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  optionalLabel?: string;
  /** The chosen 8-digit codes, in the order they were added. */
  value: readonly string[];
  onChange: (codes: string[]) => void;
  onBlur?: () => void;
};

/**
 * Chooses several CPV codes (a tender's additional codes): the chosen ones are listed, each with a
 * remove button, above a combobox that adds one more. The input carries the field id, so the
 * error summary's link lands on it. Use with react-hook-form's Controller, like CpvCombobox.
 */
export function CpvMultiSelect({
  name,
  label,
  hint,
  error,
  optionalLabel,
  value,
  onChange,
  onBlur,
}: CpvMultiSelectProps) {
  const t = useTranslations("cpv");
  const { labels, remember } = useCpvLabels(value);
  const [announcement, setAnnouncement] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const id = fieldId(name);
  const fullHint = [hint, t("searchHint")].filter(Boolean).join(" ");

  function remove(code8: string) {
    onChange(value.filter((code) => code !== code8));
    setAnnouncement(t("removed", { code: labels[code8]?.code ?? code8 }));
    // The button disappears with its row: the focus goes back to the input, not to the page's top.
    inputRef.current?.focus();
  }

  return (
    <fieldset
      className={`mb-6 min-w-0 ${error ? "border-danger border-l-4 pl-4" : ""}`}
      aria-describedby={describedByFor(id, fullHint, error)}
    >
      <legend className="mb-1 font-semibold">
        {label}
        {optionalLabel ? <span className="font-normal"> ({optionalLabel})</span> : null}
      </legend>
      <FieldMessages id={id} hint={fullHint} error={error} />
      {value.length > 0 ? (
        <ul className="mb-4 max-w-xl space-y-2">
          {value.map((code8) => {
            const option = labels[code8];
            const code = option?.code ?? code8;
            return (
              <li
                key={code8}
                className="border-line bg-surface flex items-center justify-between gap-3 rounded border px-3 py-2"
              >
                <span>
                  <span className="font-semibold tabular-nums">{code}</span> {option?.label}
                </span>
                <Button variant="secondary" className="shrink-0" onClick={() => remove(code8)}>
                  {t("remove")}
                  <span className="sr-only">
                    {" "}
                    {code} {option?.label}
                  </span>
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <label id={`${id}-label`} htmlFor={id} className="mb-1 block">
        {t("add")}
      </label>
      <CpvSearchBox
        id={id}
        labelId={`${id}-label`}
        invalid={Boolean(error)}
        displayText=""
        onSelect={(option) => {
          const code8 = code8Of(option);
          remember(option);
          if (!value.includes(code8)) onChange([...value, code8]);
          setAnnouncement(t("added", { code: option.code }));
        }}
        onBlur={onBlur}
        isChosen={(code8) => value.includes(code8)}
        inputRef={inputRef}
      />
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}
