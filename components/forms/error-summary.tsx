"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";

export type SummaryError = { fieldId: string | null; message: string };

/**
 * GOV.UK-style error summary: above the form, focused when it appears, each error a link to its
 * field, worded exactly like the message next to the field.
 */
export function ErrorSummary({ errors, attempt }: { errors: SummaryError[]; attempt: number }) {
  const t = useTranslations("forms");
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors.length, attempt]);

  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId} className="border-danger mb-6 border-4 p-4">
      <h2 id={titleId} className="mb-2 text-xl">
        {t("problem")}
      </h2>
      <ul className="list-none space-y-1">
        {errors.map((error, index) => (
          <li key={`${error.fieldId ?? "form"}-${index}`}>
            {error.fieldId ? (
              <a href={`#${error.fieldId}`} className="text-danger font-bold">
                {error.message}
              </a>
            ) : (
              <span className="text-danger font-bold">{error.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
