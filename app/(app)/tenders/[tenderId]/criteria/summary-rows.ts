import { COST_FORMULA_RULES } from "@/lib/domain/tender/cost-formulas";
import {
  flattenCriteria,
  isPricePerQuality,
  usesQualityScale,
  type Criterion,
} from "@/lib/domain/tender/criteria-tree";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { money, type Formatters, type Row } from "../summary-row";

/**
 * One row per criterion, sub-criteria after their parent, with the weight and, for cost, the
 * formula (and F5's prices); then the quality scale (when something is scored on it), how the
 * final quality score is set, the discount rate and the years the total cost of ownership covers.
 */
export function criteriaRows(tender: TenderDto, f: Formatters): Row[] {
  const { t, format } = f;
  const award = tender.award;
  const all = flattenCriteria(award?.criteria ?? []);
  if (!award || all.length === 0) return [{ key: "criteria", value: null }];
  const { max, descriptors } = award.qualityScale;
  return [
    ...all.map(({ criterion, depth }) => ({
      key: `criterion-${criterion.key}`,
      label: `${"– ".repeat(depth)}${criterion.name}`,
      value: criterionValue(criterion, tender.currency, f),
    })),
    ...(usesQualityScale(award.criteria)
      ? [
          {
            key: "qualityScale",
            label: t("criteria.summary.qualityScale"),
            value: [t("criteria.summary.scale", { max }), ...descriptors.map((text, score) => `${score}: ${text}`)],
          },
        ]
      : []),
    {
      key: "scoreAggregation",
      label: t("criteria.summary.scoreAggregation"),
      value: t(`criteria.rules.aggregation.${award.scoreAggregation}.label`),
    },
    {
      key: "discountRate",
      label: t("criteria.summary.discountRate"),
      value: t("criteria.summary.discountRateValue", {
        rate: format.number(award.discountRatePercent, { maximumFractionDigits: 2 }),
      }),
    },
    {
      key: "tcoHorizon",
      label: t("criteria.summary.tcoHorizon"),
      value: t("criteria.summary.years", { count: award.tcoHorizonYears }),
    },
  ];
}

function criterionValue(criterion: Criterion, currency: string, f: Formatters): string | string[] {
  const { t } = f;
  const kind = t(`criterionKind.${criterion.kind}`);
  if (criterion.kind !== "COST" || !criterion.costFormula) {
    return t("review.criterionWeight", { kind, weight: criterion.weight });
  }
  const formula = t(`criteria.formulas.${COST_FORMULA_RULES[criterion.costFormula].code}`);
  const line = isPricePerQuality(criterion)
    ? t("criteria.summary.pricePerQualityCriterion", { kind, formula })
    : t("criteria.summary.costCriterion", { kind, weight: criterion.weight, formula });
  if (criterion.referencePriceCents === undefined || criterion.floorPriceCents === undefined) return line;
  return [
    line,
    t("criteria.summary.references", {
      reference: money(criterion.referencePriceCents, currency, f),
      floor: money(criterion.floorPriceCents, currency, f),
    }),
  ];
}
