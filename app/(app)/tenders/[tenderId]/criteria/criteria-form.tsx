"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { criteriaWarnings, validateCriteria } from "@/lib/domain/tender/award-criteria";
import { COST_FORMULA_RULES, type CostFormula } from "@/lib/domain/tender/cost-formulas";
import { maximumQualityPoints, usesQualityScale } from "@/lib/domain/tender/criteria-tree";
import type { Problem } from "@/lib/domain/tender/problem";
import type { ProcedureType } from "@/lib/domain/tender/tender-enums";
import {
  criteriaSchema,
  readAwardInput,
  type CriteriaInput,
  type CriterionFormValues,
} from "@/lib/schemas/award-criteria";
import { useSectionForm } from "../use-section-form";
import { AdviceList } from "./advice-list";
import { saveCriteriaAction } from "./actions";
import type { CriteriaFormApi } from "./criteria-form-api";
import { CriteriaTreeFields } from "./criteria-tree-fields";
import { QualityScaleFields } from "./quality-scale-fields";
import { ScoringRulesFields } from "./scoring-rules-fields";

/**
 * "Set the award criteria": the criteria tree, the tender's quality scale (when something is
 * scored on it), the scoring rules, and live advice. Errors come from validateCriteria on save,
 * each at its field and in the summary; the advice never blocks.
 */
export function CriteriaForm({
  values,
  recommended,
  anchors,
  procedure,
  estimatedValue,
  durationMonths,
}: {
  values: CriteriaInput & { tenderId: string; version: number };
  recommended: CriterionFormValues[];
  anchors: string[];
  procedure: ProcedureType | null;
  estimatedValue: string | null;
  durationMonths: number | null;
}) {
  const t = useTranslations("tenders.criteria");
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useSectionForm({
    schema: criteriaSchema,
    action: saveCriteriaAction,
    values,
  });
  const [announcement, setAnnouncement] = useState("");
  // The parts only touch the award's fields, which this form holds beside the tender's ids.
  const api: CriteriaFormApi = {
    form: form as unknown as CriteriaFormApi["form"],
    fieldError,
    announce: setAnnouncement,
  };

  const award = readAwardInput(useWatch({ control: form.control }) as CriteriaInput);
  const formulaName = (code: CostFormula) => t(`formulas.${COST_FORMULA_RULES[code].code}`);
  const advice: Problem[] = criteriaWarnings(award.criteria, { complexSoftware: true }).map((warning) =>
    warning.code === "criteria.relativeCostFormula"
      ? { ...warning, values: { formula: formulaName(warning.values!.formula as CostFormula) } }
      : warning,
  );
  // Not checked on save (it can be fixed in the procedure section too), so said here.
  const procedureProblems = validateCriteria(award, { procedure }).filter(
    (problem) => problem.code === "criteria.bestPriceQualityRatioRequired",
  );

  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
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
          <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
