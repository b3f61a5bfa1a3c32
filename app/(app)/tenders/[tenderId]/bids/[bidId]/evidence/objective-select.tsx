"use client";
import { useTranslations } from "next-intl";
import { useId, type Ref } from "react";
import { describedByFor } from "@/components/forms/field-messages";
import { EVIDENCE_OBJECTIVES, type EvidenceObjective } from "@/lib/domain/bids/evidence/evidence-types";

/** Which sovereignty objective the evidence supports, or the self-assessment as a whole. */
export function ObjectiveSelect({
  ref,
  value,
  onChange,
  error,
}: {
  ref: Ref<HTMLSelectElement>;
  value: EvidenceObjective | "";
  onChange: (value: EvidenceObjective | "") => void;
  error?: string;
}) {
  const t = useTranslations("bidReception.evidence");
  const tObjective = useTranslations("tenders.sovereigntyObjective");
  const id = useId();
  return (
    <div className={`mb-6 ${error ? "border-danger border-l-4 pl-4" : ""}`}>
      <label htmlFor={`${id}-objective`} className="mb-1 block font-semibold">
        {t("objective")}
      </label>
      <p id={`${id}-hint`} className="text-muted mb-1">
        {t("objectiveHint")}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-danger mb-1 font-bold">
          {error}
        </p>
      ) : null}
      <select
        ref={ref}
        id={`${id}-objective`}
        name="objective"
        value={value}
        onChange={(event) => onChange(event.target.value as EvidenceObjective | "")}
        aria-describedby={describedByFor(id, "hint", error)}
        aria-invalid={error ? true : undefined}
        className="block min-h-11 w-full max-w-xl rounded border-2 border-ink bg-white px-2"
      >
        <option value="">{t("chooseObjective")}</option>
        {EVIDENCE_OBJECTIVES.map((objective) => (
          <option key={objective} value={objective}>
            {objective === "GENERAL" ? t("general") : `${objective} · ${tObjective(objective)}`}
          </option>
        ))}
      </select>
    </div>
  );
}
