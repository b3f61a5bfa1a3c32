"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { FormShell, type FormShellState } from "@/components/forms/form-shell";
import { criteriaWarnings, validateCriteria } from "@/lib/domain/tender/award-criteria";
import { COST_FORMULA_RULES, type CostFormula } from "@/lib/domain/tender/cost-formulas";
import { maximumQualityPoints, usesQualityScale } from "@/lib/domain/tender/criteria-tree";
import type { Problem } from "@/lib/domain/tender/problem";
import type { ProcedureType } from "@/lib/domain/tender/tender-enums";
import { readAwardInput, type AwardFormValues, type CriterionFormValues } from "@/lib/schemas/award-criteria";
import { AdviceList } from "./advice-list";
import type { CriteriaFormApi } from "./criteria-form-api";
import { CriteriaTreeFields } from "./criteria-tree-fields";
import { QualityScaleFields } from "./quality-scale-fields";
import { ScoringRulesFields } from "./scoring-rules-fields";

/**
 * The award criteria: the criteria tree, the quality scale (when something is scored on it), the
 * scoring rules, and live advice. Errors come from the schema on save, each at its field and in
 * the summary; the advice never blocks. The tender's section and the template builder each give
 * their own form hook and button; a template knows no procedure, estimated value or duration, so
 * the hints that need them wait for the tender.
 */
export function AwardCriteriaForm({
  state,
  submitLabel,
  recommended,
  anchors,
  procedure,
  estimatedValue,
  durationMonths,
}: {
  state: FormShellState & { form: unknown; fieldError: CriteriaFormApi["fieldError"] };
  submitLabel: string;
  recommended: CriterionFormValues[];
  anchors: string[];
  procedure: ProcedureType | null;
  estimatedValue: string | null;
  durationMonths: number | null;
}) {
  const t = useTranslations("tenders.criteria");
  const [announcement, setAnnouncement] = useState("");
  // The parts only touch the award's fields, which the form holds beside its ids.
  const api: CriteriaFormApi = {
    form: state.form as CriteriaFormApi["form"],
    fieldError: state.fieldError,
    announce: setAnnouncement,
  };

  const award = readAwardInput(useWatch({ control: api.form.control }) as AwardFormValues);
  const formulaName = (code: CostFormula) => t(`formulas.${COST_FORMULA_RULES[code].code}`);
  const advice: Problem[] = criteriaWarnings(award.criteria, { complexSoftware: true }).map((warning) =>
    warning.code === "criteria.relativeCostFormula"
      ? { ...warning, values: { formula: formulaName(warning.values!.formula as CostFormula) } }
      : warning,
  );
  // Not checked on save (it can be fixed in the procedure section too), so said here.
  const procedureProblems = procedure
    ? validateCriteria(award, { procedure }).filter(
        (problem) => problem.code === "criteria.bestPriceQualityRatioRequired",
      )
    : [];

  return (
    <FormShell state={state} submitLabel={submitLabel}>
      <CriteriaTreeFields
        api={api}
        recommended={recommended}
        advice={advice}
        scaleMax={award.qualityScale.max}
        estimatedValue={estimatedValue}
      />
      {usesQualityScale(award.criteria) ? <QualityScaleFields api={api} anchors={anchors} /> : null}
      <ScoringRulesFields
        api={api}
        durationMonths={durationMonths}
        qualityPoints={maximumQualityPoints(award.criteria)}
      />
      {award.criteria.length > 0 ? (
        <section aria-labelledby="criteria-advice-heading" className="mb-10">
          <h2 id="criteria-advice-heading" className="mb-2 text-2xl">
            {t("adviceHeading")}
          </h2>
          <AdviceList
            problems={[...procedureProblems, ...advice.filter((problem) => problem.path === "criteria")]}
            emptyText={t("noAdvice")}
          />
        </section>
      ) : null}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </FormShell>
  );
}
