"use client";

export function fieldId(name: string): string {
  return `field-${name.replaceAll(".", "-")}`;
}

/** The ids a field's input or fieldset points to with aria-describedby: its hint, then its error. */
export function describedByFor(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A field's hint and error message, in the order GOV.UK and DSFR put them: below the label. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-muted mb-1">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-danger mb-1 font-bold">
          {error}
        </p>
      ) : null}
    </>
  );
}
