"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { criteriaWarnings } from "@/lib/domain/tender/award-criteria";
import { COST_FORMULA_RULES, type CostFormula } from "@/lib/domain/tender/cost-formulas";
import { maximumQualityPoints, usesQualityScale } from "@/lib/domain/tender/criteria-tree";
import type { Problem } from "@/lib/domain/tender/problem";
import { readAwardInput, type AwardFormValues, type CriterionFormValues } from "@/lib/schemas/award-criteria";
import { templateCriteriaSchema, type TemplateCriteriaInput } from "@/lib/schemas/template-sections";
import { AdviceList } from "@/app/(app)/tenders/[tenderId]/criteria/advice-list";
import type { CriteriaFormApi } from "@/app/(app)/tenders/[tenderId]/criteria/criteria-form-api";
import { CriteriaTreeFields } from "@/app/(app)/tenders/[tenderId]/criteria/criteria-tree-fields";
import { QualityScaleFields } from "@/app/(app)/tenders/[tenderId]/criteria/quality-scale-fields";
import { ScoringRulesFields } from "@/app/(app)/tenders/[tenderId]/criteria/scoring-rules-fields";
import { saveTemplateCriteriaAction } from "../section-actions";
import { useTemplateForm } from "../use-template-form";

/**
 * The template's award criteria with the tender's own parts: the tree, the quality scale, the
 * scoring rules and the live advice. A template knows no estimated value or duration: those
 * hints wait for the tender.
 */
export function TemplateCriteriaForm({
  values,
  recommended,
  anchors,
}: {
  values: TemplateCriteriaInput & { templateId: string; version: number };
  recommended: CriterionFormValues[];
  anchors: string[];
}) {
  const t = useTranslations("tenders.criteria");
  const tBuilder = useTranslations("templates.builder");
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useTemplateForm({
    schema: templateCriteriaSchema,
    action: saveTemplateCriteriaAction,
    values,
  });
  const [announcement, setAnnouncement] = useState("");
  // The parts only touch the award's fields, which this form holds beside the template's ids.
  const api: CriteriaFormApi = {
    form: form as unknown as CriteriaFormApi["form"],
    fieldError,
    announce: setAnnouncement,
  };
  const award = readAwardInput(useWatch({ control: form.control }) as AwardFormValues);
  const formulaName = (code: CostFormula) => t(`formulas.${COST_FORMULA_RULES[code].code}`);
  const advice: Problem[] = criteriaWarnings(award.criteria, { complexSoftware: true }).map((warning) =>
    warning.code === "criteria.relativeCostFormula"
      ? { ...warning, values: { formula: formulaName(warning.values!.formula as CostFormula) } }
      : warning,
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
            estimatedValue={null}
          />
          {usesQualityScale(award.criteria) ? <QualityScaleFields api={api} anchors={anchors} /> : null}
          <ScoringRulesFields api={api} durationMonths={null} qualityPoints={maximumQualityPoints(award.criteria)} />
          {award.criteria.length > 0 ? (
            <section aria-labelledby="criteria-advice-heading" className="mb-10">
              <h2 id="criteria-advice-heading" className="mb-2 text-2xl">
                {t("adviceHeading")}
              </h2>
              <AdviceList
                problems={advice.filter((problem) => problem.path === "criteria")}
                emptyText={t("noAdvice")}
              />
            </section>
          ) : null}
          <p role="status" className="sr-only">
            {announcement}
          </p>
          <SubmitButton pending={isPending}>{tBuilder("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
