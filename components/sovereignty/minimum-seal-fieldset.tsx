"use client";
import { useFormatter, useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/select-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { Notice } from "@/components/ui/notice";
import {
  decidingReasons,
  proposeMinimumSeal,
  SEAL_CODES,
  SEAL_DRIVERS,
  SEAL_LEVELS,
  SOVEREIGNTY_OBJECTIVES,
  RISK_LEVEL_CODES,
  type RiskAssessment,
  type SealLevel,
  type SovereigntyObjective,
} from "@/lib/domain/tender/sovereignty";
import { readAssessment, readWholeNumber } from "@/lib/schemas/sovereignty";
import type { StepProps } from "./form-props";
import { SealLevelsHelp } from "./seal-levels-help";
import { StepFieldset } from "./step-fieldset";

/**
 * Step 2: per objective, the minimum SEAL proposed from the answers (live, with the factor that
 * drives it) and the minimum the tender requires, which needs a justification when it differs.
 */
export function MinimumSealFieldset({
  form,
  fieldError,
  changedObjectives,
}: StepProps & { changedObjectives: SovereigntyObjective[] }) {
  const t = useTranslations("tenders.sovereignty");
  const format = useFormatter();
  const { assessment, complete } = readAssessment(form.watch("assessment"));
  const proposal = proposeMinimumSeal(assessment);
  return (
    <StepFieldset
      legend={t("minimumLegend")}
      lead={
        <>
          <p className="mb-4">{t("minimumLead")}</p>
          <SealLevelsHelp />
          {complete ? null : <p className="mb-4">{t("assessmentIncomplete")}</p>}
          {/* Present from the start, so that screen readers announce what the answers changed. */}
          <p role="status" className="font-semibold">
            {changedObjectives.length > 0
              ? t("proposalChanged", { objectives: format.list(changedObjectives, { type: "conjunction" }) })
              : null}
          </p>
        </>
      }
    >
      <ol className="space-y-8">
        {SOVEREIGNTY_OBJECTIVES.map((objective) => (
          <ObjectiveMinimum
            key={objective}
            objective={objective}
            assessment={assessment}
            proposed={proposal[objective]}
            form={form}
            fieldError={fieldError}
          />
        ))}
      </ol>
    </StepFieldset>
  );
}

function ObjectiveMinimum({
  objective,
  assessment,
  proposed,
  form,
  fieldError,
}: StepProps & { objective: SovereigntyObjective; assessment: RiskAssessment; proposed: SealLevel }) {
  const t = useTranslations("tenders.sovereignty");
  const tObjective = useTranslations("tenders.sovereigntyObjective");
  const format = useFormatter();
  const sealName = (level: SealLevel) => t("sealLevel", { level, name: t(`seal.${SEAL_CODES[level]}.name`) });
  const chosen = readWholeNumber(form.watch(`minimumSeal.${objective}.seal`), 4);
  const differs = chosen !== null && chosen !== proposed;

  const reasons = decidingReasons(assessment, objective).map(({ factor, level, influence }) =>
    t(influence === "PRIMARY" ? "reasonPrimary" : "reasonSecondary", {
      factor: t(`factors.${factor}.name`),
      answer: t(`factors.${factor}.levels.${RISK_LEVEL_CODES[factor][level]}.label`),
    }),
  );
  const why =
    SEAL_DRIVERS[objective].length === 0
      ? t("whyNeverGated")
      : reasons.length === 0
        ? t("whyNothing")
        : t("why", { reasons: format.list(reasons, { type: "conjunction" }) });

  return (
    <li className="border-l-4 border-line pl-4">
      <h3 className="mb-1 text-xl">
        {objective} · {tObjective(objective)}
      </h3>
      <p className="font-semibold">{t("proposed", { level: sealName(proposed) })}</p>
      <p className="text-muted mb-4">{why}</p>
      <SelectField
        name={`minimumSeal.${objective}.seal`}
        label={t("required", { objective })}
        hint={differs ? t("overridden") : t("followsProposal")}
        error={fieldError(`minimumSeal.${objective}.seal`)}
        options={SEAL_LEVELS.map((level) => ({ value: String(level), label: sealName(level) }))}
        registration={form.register(`minimumSeal.${objective}.seal`)}
      />
      {differs ? (
        <TextareaField
          name={`minimumSeal.${objective}.justification`}
          label={t("justification", { objective, proposed })}
          hint={t("justificationHint")}
          rows={3}
          error={fieldError(`minimumSeal.${objective}.justification`)}
          registration={form.register(`minimumSeal.${objective}.justification`)}
        />
      ) : null}
      {chosen === 4 ? (
        <Notice title={t("seal4Title")}>
          <p>{t("seal4Body")}</p>
        </Notice>
      ) : null}
    </li>
  );
}
