"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { RadioGroup } from "@/components/forms/radio-group";
import { TextField } from "@/components/forms/text-field";
import { readNumber } from "@/lib/schemas/award-criteria";
import type { CriteriaFormApi } from "./criteria-form-api";

/**
 * The tender's one quality scale (decisions.md): 0–5 or 0–10, with what each score means. The
 * 0–5 descriptors start from the usual anchors in the documents' language; switching scales keeps
 * what was written for the other one, in case the drafter switches back.
 */
export function QualityScaleFields({ api, anchors }: { api: CriteriaFormApi; anchors: readonly string[] }) {
  const t = useTranslations("tenders.criteria.scale");
  const max = String(useWatch({ control: api.form.control, name: "qualityScale.max" }));
  const [written, setWritten] = useState<Record<string, string[]>>({});
  // Called once the radio's new value is in the form: the scale shown until now is the other one.
  const switchScale = (next: string) => {
    const kept = { ...written, [next === "5" ? "10" : "5"]: api.form.getValues("qualityScale.descriptors") ?? [] };
    setWritten(kept);
    const blank = Array.from({ length: 11 }, () => "");
    api.form.setValue("qualityScale.descriptors", kept[next] ?? (next === "5" ? [...anchors] : blank));
  };
  const scores = Array.from({ length: (readNumber(max) === 10 ? 10 : 5) + 1 }, (_, score) => score);
  return (
    <section aria-labelledby="quality-scale-heading" className="mb-10">
      <h2 id="quality-scale-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      <p className="mb-6">{t("lead")}</p>
      <RadioGroup
        name="qualityScale.max"
        legend={t("maxLegend")}
        error={api.fieldError("qualityScale.max")}
        options={[
          { value: "5", label: t("max5"), hint: t("max5Hint") },
          { value: "10", label: t("max10"), hint: t("max10Hint") },
        ]}
        registration={api.form.register("qualityScale.max", { onChange: (event) => switchScale(event.target.value) })}
      />
      <fieldset className="mb-6 min-w-0" aria-describedby="quality-scale-descriptors-hint">
        <legend className="mb-1 font-semibold">{t("descriptorsLegend")}</legend>
        <p id="quality-scale-descriptors-hint" className="text-muted mb-3">
          {t("descriptorsHint")}
        </p>
        {scores.map((score) => {
          const name = `qualityScale.descriptors.${score}` as const;
          return (
            <TextField
              key={`${max}-${score}`}
              name={name}
              label={t("descriptor", { score })}
              error={api.fieldError(name)}
              registration={api.form.register(name)}
            />
          );
        })}
      </fieldset>
    </section>
  );
}
