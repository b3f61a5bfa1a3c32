"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FieldMessages } from "@/components/forms/field-messages";
import { Button } from "@/components/ui/button";

/**
 * Removing a mandatory clause asks why, in the clause's own place: the clause is only taken out
 * once a justification is written. Nothing is saved here; the section's save records it.
 */
export function MandatoryRemovalPrompt({
  id,
  title,
  onConfirm,
  onCancel,
}: {
  id: string;
  title: string;
  onConfirm: (justification: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("tenders.clauses.removeMandatory");
  const [justification, setJustification] = useState("");
  const [error, setError] = useState<string | undefined>();
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const fieldId = `${id}-justification`;

  function confirm() {
    if (justification.trim() === "") {
      setError(t("required", { title }));
      field.current?.focus();
      return;
    }
    onConfirm(justification.trim());
  }

  return (
    <div role="group" aria-labelledby={`${id}-heading`} className="border-danger mt-4 border-l-8 bg-red-50 p-4">
      <h4 id={`${id}-heading`} className="mb-2 font-bold">
        {t("heading", { title })}
      </h4>
      <div className={error ? "border-danger border-l-4 pl-4" : ""}>
        <label htmlFor={fieldId} className="mb-1 block font-semibold">
          {t("label")}
        </label>
        <FieldMessages id={fieldId} hint={t("hint")} error={error} />
        <textarea
          ref={field}
          id={fieldId}
          rows={4}
          value={justification}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${fieldId}-hint`, error ? `${fieldId}-error` : null].filter(Boolean).join(" ")}
          onChange={(event) => setJustification(event.target.value)}
          className={`mb-3 w-full max-w-2xl rounded border-2 bg-white px-3 py-2 ${error ? "border-danger" : "border-ink"}`}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button variant="warning" onClick={confirm}>
          {t("confirm")}
          <span className="sr-only"> {title}</span>
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("cancel")}
          <span className="sr-only"> {title}</span>
        </Button>
      </div>
    </div>
  );
}

export type RemovedMandatoryEntry = {
  key: string;
  title: string;
  justification: string;
  /** Set once the section was saved with the removal. */
  recorded?: { userName: string; at: string };
};

/** The mandatory clauses taken out of this tender, each with its justification. */
export function RemovedMandatoryClauses({ entries }: { entries: readonly RemovedMandatoryEntry[] }) {
  const t = useTranslations("tenders.clauses.removeMandatory");
  const format = useFormatter();
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="removed-mandatory-heading" className="mb-10">
      <h2 id="removed-mandatory-heading" className="mb-2 text-2xl font-bold">
        {t("listHeading")}
      </h2>
      <p className="mb-3">{t("listIntro")}</p>
      <ul className="space-y-4">
        {entries.map((entry) => (
          <li key={entry.key} className="border-danger border-l-4 pl-4">
            <p className="font-semibold">{entry.title}</p>
            <p className="whitespace-pre-line">{entry.justification}</p>
            <p className="text-muted">
              {entry.recorded
                ? t("recorded", {
                    name: entry.recorded.userName,
                    date: format.dateTime(new Date(entry.recorded.at), { dateStyle: "long", timeStyle: "short" }),
                  })
                : t("notSavedYet")}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
