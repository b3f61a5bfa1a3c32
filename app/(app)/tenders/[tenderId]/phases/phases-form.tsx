"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useFieldArray } from "react-hook-form";
import { FieldMessages, fieldId } from "@/components/forms/field-messages";
import { FormShell } from "@/components/forms/form-shell";
import { Button } from "@/components/ui/button";
import { nextPhaseKind, USUAL_PHASE_PLAN, type InnovationPhaseKind } from "@/lib/domain/tender/innovation-phases";
import { innovationPhasesSchema, newPhase, type PhaseFormValues } from "@/lib/schemas/innovation-phases";
import { useSectionForm } from "../use-section-form";
import { saveInnovationPhasesAction } from "./actions";
import { PhaseFieldset, phaseHeadingId } from "./phase-fieldset";
import { PhaseTotals } from "./phase-totals";

const START_ID = "phases-start";

/**
 * The innovation partnership's phases, in their fixed order. Adding appends the next kind of
 * phase; focus goes to the new phase's heading, and after a removal to the phase before it.
 */
export function PhasesForm({
  currency,
  estimatedValueCents,
  values,
}: {
  currency: string;
  estimatedValueCents: number | null;
  values: { tenderId: string; version: number; phases: PhaseFormValues[] };
}) {
  const t = useTranslations("tenders.phases");
  const tKind = useTranslations("tenders.innovationPhase");
  const section = useSectionForm({
    schema: innovationPhasesSchema,
    action: saveInnovationPhasesAction,
    values,
  });
  const { form, fieldError } = section;
  const { fields, append, remove, replace } = useFieldArray({ control: form.control, name: "phases" });
  const phases = form.watch("phases") ?? [];
  const next = nextPhaseKind(phases.map((phase) => ({ kind: phase.kind as InnovationPhaseKind })));

  // Focus moves once the phases on screen have changed: to a phase's heading, or to the start.
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfterRender.current === null) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });
  const setFocusTarget = (id: string) => {
    focusAfterRender.current = id;
  };

  const startWithUsualPhases = () => {
    replace(
      USUAL_PHASE_PLAN.map(({ kind, durationMonths }) =>
        newPhase(kind, {
          durationMonths: String(durationMonths),
          deliverables: t(`usual.${kind}.deliverables`),
          goNoGoCriteria: t.has(`usual.${kind}.goNoGoCriteria`) ? t(`usual.${kind}.goNoGoCriteria`) : "",
        }),
      ),
    );
    setFocusTarget(phaseHeadingId(0));
  };
  const addNextPhase = (kind: InnovationPhaseKind) => {
    append(newPhase(kind), { shouldFocus: false });
    setFocusTarget(phaseHeadingId(fields.length));
  };
  const removePhase = (index: number) => {
    remove(index);
    // The phase before, or the one that moved up into the first place, or the way to start again.
    setFocusTarget(index > 0 ? phaseHeadingId(index - 1) : fields.length > 1 ? phaseHeadingId(0) : START_ID);
  };

  const phasesError = fieldError("phases");
  return (
    <FormShell state={section} submitLabel={t("save")} beforeForm={<p className="mb-6">{t("lead")}</p>}>
      <div id={fieldId("phases")} tabIndex={-1} className={phasesError ? "border-danger mb-6 border-l-4 pl-4" : "mb-6"}>
        <FieldMessages id={fieldId("phases")} error={phasesError} />
        {fields.length === 0 ? (
          <div className="mb-6">
            <p className="mb-4">{t("empty")}</p>
            <Button id={START_ID} aria-describedby="phases-usual-hint" onClick={startWithUsualPhases}>
              {t("startWithUsual")}
            </Button>
            <p id="phases-usual-hint" className="text-muted mt-2">
              {t("startWithUsualHint")}
            </p>
          </div>
        ) : null}
        {fields.map((field, index) => (
          <PhaseFieldset
            key={field.id}
            index={index}
            form={form}
            fieldError={fieldError}
            currency={currency}
            onRemove={() => removePhase(index)}
          />
        ))}
        {next ? (
          <Button variant="secondary" onClick={() => addNextPhase(next)}>
            {t("addNext", { kind: tKind(next) })}
          </Button>
        ) : (
          <p>{t("allKindsPlanned")}</p>
        )}
      </div>
      <PhaseTotals
        tenderId={values.tenderId}
        phases={phases}
        currency={currency}
        estimatedValueCents={estimatedValueCents}
      />
    </FormShell>
  );
}
