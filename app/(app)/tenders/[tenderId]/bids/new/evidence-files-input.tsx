"use client";
import { useTranslations } from "next-intl";
import { fieldId } from "@/components/forms/field-messages";
import { EVIDENCE_ACCEPT, type EvidenceObjective } from "@/lib/domain/bids/evidence/evidence-types";

/** The id of the claims section's hint on evidence files, which every evidence input points to. */
export const EVIDENCE_HINT_ID = "evidence-files-hint";

/**
 * The files the bidder sent as evidence for one objective (or the self-assessment as a whole).
 * The form keeps them apart from its values and sends them with the bid; they are checked first.
 */
export function EvidenceFilesInput({
  objective,
  label,
  error,
  onChange,
}: {
  objective: EvidenceObjective;
  label: string;
  error?: string;
  onChange: (objective: EvidenceObjective, files: File[]) => void;
}) {
  const t = useTranslations("bidReception.form.claims");
  const id = fieldId(`evidence.${objective}`);
  return (
    <div className={`mb-2 ${error ? "border-danger border-l-4 pl-4" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label} <span className="font-normal">{t("optional")}</span>
      </label>
      {error ? (
        <p id={`${id}-error`} className="text-danger mb-1 font-bold">
          {error}
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        multiple
        accept={EVIDENCE_ACCEPT}
        aria-describedby={[EVIDENCE_HINT_ID, error ? `${id}-error` : null].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(objective, [...(event.target.files ?? [])])}
        className="block"
      />
    </div>
  );
}
