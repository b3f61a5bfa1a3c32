"use client";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/select-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { SEAL_CODES, SEAL_LEVELS, SOVEREIGNTY_OBJECTIVES } from "@/lib/domain/tender/sovereignty";
import type { BidFormApi } from "./bid-form";

/**
 * The bid's sovereignty self-assessment: the SEAL level it claims on each of the eight objectives,
 * with its evidence. An objective without a claim counts as SEAL-0.
 */
export function ClaimsFields({ api: { form, fieldError } }: { api: BidFormApi }) {
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
      <p className="text-muted mb-4">{t("hint")}</p>
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
          </fieldset>
        );
      })}
    </section>
  );
}
