"use client";
import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/forms/radio-group";
import { TextareaField } from "@/components/forms/textarea-field";
import { STANDARD_ANSWERS } from "@/lib/domain/bids/bid-model";
import type { BidFormApi } from "./bid-form";

/** The bid's answer on each open standard the tender requires: met, partly met or not met, and why. */
export function StandardAnswersFields({
  api: { form, fieldError },
  standards,
}: {
  api: BidFormApi;
  standards: { id: string; name: string }[];
}) {
  const t = useTranslations("bidReception.form.standards");
  return (
    <section aria-labelledby="standards-heading" className="mb-8">
      <h2 id="standards-heading" className="mb-1 text-2xl">
        {t("heading")}
      </h2>
      {standards.length === 0 ? (
        <p className="mb-4">{t("none")}</p>
      ) : (
        <>
          <p className="text-muted mb-4">{t("hint")}</p>
          {standards.map((standard, index) => {
            const path = (key: "answer" | "evidence") => `standardAnswers.${index}.${key}` as const;
            return (
              <div key={standard.id} className="mb-4 rounded border border-line p-4">
                <RadioGroup
                  name={path("answer")}
                  legend={standard.name}
                  error={fieldError(path("answer")) ?? fieldError(`standardAnswers.${index}.standardId`)}
                  options={STANDARD_ANSWERS.map((answer) => ({ value: answer, label: t(`answers.${answer}`) }))}
                  registration={form.register(path("answer"))}
                />
                <TextareaField
                  name={path("evidence")}
                  label={t("evidence", { standard: standard.name })}
                  rows={2}
                  error={fieldError(path("evidence"))}
                  registration={form.register(path("evidence"))}
                />
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
