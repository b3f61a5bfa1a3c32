"use client";
import { useTranslations } from "next-intl";
import { fieldId } from "@/components/forms/field-messages";
import { SelectField } from "@/components/forms/select-field";
import { TextareaField } from "@/components/forms/textarea-field";
import type { EvidenceObjective } from "@/lib/domain/bids/evidence/evidence-types";
import { SEAL_CODES, SEAL_LEVELS, SOVEREIGNTY_OBJECTIVES } from "@/lib/domain/tender/sovereignty";
import type { BidFormApi } from "./bid-form";
import { EVIDENCE_HINT_ID, EvidenceFilesInput } from "./evidence-files-input";

/**
 * The bid's sovereignty self-assessment: the SEAL level it claims on each of the eight objectives,
 * with its evidence: a text, and files the bidder sent (sent with the bid, checked in the browser
 * first). An objective without a claim counts as SEAL-0.
 */
export function ClaimsFields({
  api: { form, fieldError },
  onEvidence,
}: {
  api: BidFormApi;
  onEvidence: (objective: EvidenceObjective, files: File[]) => void;
}) {
  const t = useTranslations("bidReception.form.claims");
  const tObjective = useTranslations("tenders.sovereigntyObjective");
  const tSovereignty = useTranslations("tenders.sovereignty");
  const levels = [
    { value: "", label: t("notClaimed") },
    ...SEAL_LEVELS.map((level) => ({
      value: String(level),
      label: tSovereignty("sealLevel", { level, name: tSovereignty(`seal.${SEAL_CODES[level]}.name`) }),
    })),
  ];
  return (
    <section aria-labelledby="claims-heading" className="mb-8">
      <h2 id="claims-heading" className="mb-1 text-2xl">
        {t("heading")}
      </h2>
      <p className="text-muted mb-2">{t("hint")}</p>
      <p id={EVIDENCE_HINT_ID} className="text-muted mb-4">
        {t("filesHint")}
      </p>
      {fieldError("evidence.upload") ? (
        <p id={fieldId("evidence.upload")} tabIndex={-1} className="text-danger mb-4 font-bold">
          {fieldError("evidence.upload")}
        </p>
      ) : null}
      {SOVEREIGNTY_OBJECTIVES.map((objective) => {
        const path = (key: "level" | "evidence") => `sovereigntyClaims.${objective}.${key}` as const;
        return (
          <fieldset key={objective} className="mb-4 min-w-0 rounded border border-line p-4">
            <legend className="px-1 text-lg font-semibold">
              {objective} · {tObjective(objective)}
            </legend>
            <SelectField
              name={path("level")}
              label={t("level")}
              error={fieldError(path("level"))}
              options={levels}
              registration={form.register(path("level"))}
            />
            <TextareaField
              name={path("evidence")}
              label={t("evidence")}
              rows={2}
              error={fieldError(path("evidence"))}
              registration={form.register(path("evidence"))}
            />
            <EvidenceFilesInput
              objective={objective}
              label={t("files")}
              error={fieldError(`evidence.${objective}`)}
              onChange={onEvidence}
            />
          </fieldset>
        );
      })}
      <EvidenceFilesInput
        objective="GENERAL"
        label={t("generalFiles")}
        error={fieldError("evidence.GENERAL")}
        onChange={onEvidence}
      />
    </section>
  );
}
