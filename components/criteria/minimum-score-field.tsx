"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { SelectField } from "@/components/forms/select-field";
import { readNumber } from "@/lib/schemas/award-criteria";
import { fieldAt, type CriteriaFormApi } from "./criteria-form-api";

/** Long descriptors would make the list as wide as the page; the scale below prints them whole. */
const SHOWN_DESCRIPTOR_LENGTH = 60;

/**
 * The optional quality threshold of a criterion scored on the scale (C-546/16 Montte): a choice
 * among the scale's scores, each with the start of its descriptor, so the drafter picks a level
 * whose meaning they can read. A value outside the scale (left from 0–10 after a switch to 0–5)
 * stays listed, so that its error can be read and the value changed.
 */
export function MinimumScoreField({ api, path }: { api: CriteriaFormApi; path: string }) {
  const t = useTranslations("tenders.criteria");
  const name = fieldAt(path, "minimumScore");
  const [max, descriptors, chosen] = useWatch({
    control: api.form.control,
    name: ["qualityScale.max", "qualityScale.descriptors", name],
  }) as [string | number, string[] | undefined, string | number | undefined];
  const scaleMax = readNumber(max) === 10 ? 10 : 5;
  const option = (score: number) => {
    const descriptor = (descriptors?.[score] ?? "").trim();
    const shown =
      descriptor.length > SHOWN_DESCRIPTOR_LENGTH
        ? `${descriptor.slice(0, SHOWN_DESCRIPTOR_LENGTH).trimEnd()}…`
        : descriptor;
    return {
      value: String(score),
      label: shown ? t("minimumScoreOption", { score, descriptor: shown }) : String(score),
    };
  };
  const scores = Array.from({ length: scaleMax }, (_, i) => i + 1);
  const current = String(chosen ?? "").trim();
  const outside = current !== "" && !scores.map(String).includes(current);
  return (
    <SelectField
      name={name}
      label={t("minimumScore")}
      hint={t("minimumScoreHint", { max: scaleMax })}
      error={api.fieldError(name)}
      options={[
        { value: "", label: t("noMinimumScore") },
        ...scores.map(option),
        ...(outside ? [{ value: current, label: current }] : []),
      ]}
      registration={api.form.register(name)}
    />
  );
}
