"use client";
import { useTranslations } from "next-intl";
import { CHILD_KINDS, CRITERION_KINDS } from "@/lib/domain/tender/criteria-tree";
import type { Problem } from "@/lib/domain/tender/problem";
import type { CriterionFormValues } from "@/lib/schemas/award-criteria";
import { CostFields } from "./cost-fields";
import { CriterionFields } from "./criterion-fields";
import type { CriteriaFormApi } from "./criteria-form-api";
import { MinimumScoreField } from "./minimum-score-field";
import { OpennessScoringFields } from "./openness-scoring-fields";
import { SubCriteriaFields } from "./sub-criteria-fields";

/**
 * A top-level criterion: its fields, then what its kind adds (price formula, SEAL scoring, how an
 * openness criterion is scored, sub-criteria).
 */
export function TopCriterion({
  api,
  path,
  index,
  count,
  value,
  advice,
  scaleMax,
  estimatedValue,
  onMove,
  onRemove,
}: {
  api: CriteriaFormApi;
  path: string;
  index: number;
  count: number;
  value: CriterionFormValues;
  /** Advice about this criterion (its weight, its formula). */
  advice: readonly Problem[];
  scaleMax: number;
  estimatedValue: string | null;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("tenders.criteria");
  const number = String(index + 1);
  const displayName = value.name?.trim() || t("unnamed", { number });
  const canHaveChildren = CHILD_KINDS[value.kind].length > 0;
  const childCount = value.children?.length ?? 0;
  return (
    <CriterionFields
      api={api}
      path={path}
      legend={t("criterionLegend", { number })}
      isTopLevel
      displayName={displayName}
      kinds={CRITERION_KINDS}
      index={index}
      count={count}
      hasWeight={!(value.kind === "COST" && value.costFormula === "F8")}
      onMove={onMove}
      onRemove={onRemove}
    >
      {value.kind === "COST" ? (
        <CostFields api={api} path={path} value={value} advice={advice} estimatedValue={estimatedValue} />
      ) : value.kind === "SOVEREIGNTY" ? (
        <p className="mb-6">{t("sovereigntyExplained")}</p>
      ) : childCount > 0 ? (
        <p className="mb-4">{t("scoredThroughChildren")}</p>
      ) : (
        <>
          {value.kind === "OPENNESS" ? <OpennessScoringFields api={api} path={path} /> : null}
          {value.kind === "OPENNESS" && value.opennessScoring === "AUTOMATIC" ? null : (
            <>
              <p className="mb-4">{t("scoredOnScale", { max: Number.isFinite(scaleMax) ? scaleMax : 5 })}</p>
              <MinimumScoreField api={api} path={path} />
            </>
          )}
        </>
      )}
      {canHaveChildren || childCount > 0 ? (
        <SubCriteriaFields
          api={api}
          parentIndex={index}
          parentName={displayName}
          parentKind={value.kind}
          canAdd={canHaveChildren}
        />
      ) : null}
    </CriterionFields>
  );
}
