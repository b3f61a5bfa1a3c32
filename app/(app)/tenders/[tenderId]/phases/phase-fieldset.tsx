"use client";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { SelectField } from "@/components/forms/select-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { INNOVATION_PHASE_KINDS } from "@/lib/domain/tender/innovation-phases";
import type { InnovationPhasesInput } from "@/lib/schemas/innovation-phases";

/** The id of a phase's heading, where focus goes when the phase is added. */
export const phaseHeadingId = (index: number) => `phase-${index + 1}-heading`;

/** One phase: what it must achieve and deliver, when to stop, how long, how much, under which licence. */
export function PhaseFieldset({
  index,
  form,
  fieldError,
  currency,
  onRemove,
}: {
  index: number;
  form: UseFormReturn<InnovationPhasesInput>;
  fieldError: (name: string) => string | undefined;
  currency: string;
  onRemove: () => void;
}) {
  const t = useTranslations("tenders.phases");
  const tKind = useTranslations("tenders.innovationPhase");
  const path = `phases.${index}` as const;
  const kind = form.watch(`${path}.kind`);
  const licence = form.watch(`${path}.resultsLicence`) ?? "";
  const which = t("removeWhich", { number: index + 1, kind: tKind(kind) });
  const lines = (field: "objectives" | "deliverables" | "goNoGoCriteria") => (
    <TextareaField
      name={`${path}.${field}`}
      label={t(field)}
      hint={t(`${field}Hint`)}
      rows={3}
      error={fieldError(`${path}.${field}`)}
      registration={form.register(`${path}.${field}`)}
    />
  );

  return (
    <div className="mb-8 border-t border-line pt-6">
      <fieldset className="min-w-0">
        <legend className="mb-4">
          <h2 id={phaseHeadingId(index)} tabIndex={-1} className="text-2xl">
            {t("phaseHeading", { number: index + 1, kind: tKind(kind) })}
          </h2>
        </legend>
        <SelectField
          name={`${path}.kind`}
          label={t("kind")}
          error={fieldError(`${path}.kind`)}
          options={INNOVATION_PHASE_KINDS.map((value) => ({ value, label: tKind(value) }))}
          registration={form.register(`${path}.kind`)}
        />
        {lines("objectives")}
        {lines("deliverables")}
        {lines("goNoGoCriteria")}
        <TextField
          name={`${path}.durationMonths`}
          label={t("durationMonths")}
          inputMode="numeric"
          autoComplete="off"
          className="max-w-[8rem]"
          error={fieldError(`${path}.durationMonths`)}
          registration={form.register(`${path}.durationMonths`)}
        />
        <TextField
          name={`${path}.maxCost`}
          label={t("maxCost")}
          hint={t("maxCostHint", { currency })}
          inputMode="decimal"
          autoComplete="off"
          className="max-w-xs"
          error={fieldError(`${path}.maxCost`)}
          registration={form.register(`${path}.maxCost`)}
        />
        <TextField
          name={`${path}.resultsLicence`}
          label={t("resultsLicence")}
          hint={t("resultsLicenceHint")}
          autoComplete="off"
          spellCheck={false}
          className="max-w-xs"
          error={fieldError(`${path}.resultsLicence`)}
          registration={form.register(`${path}.resultsLicence`)}
        />
        {licence.trim().startsWith("LicenseRef-") ? <p className="-mt-3 mb-6">{t("licenceCustom")}</p> : null}
        <Button variant="secondary" onClick={onRemove}>
          {t("remove")}
          <span className="sr-only"> {which}</span>
        </Button>
      </fieldset>
    </div>
  );
}
