import { COST_FORMULA_RULES } from "@/lib/domain/tender/cost-formulas";
import {
  flattenCriteria,
  isAutomaticOpenness,
  isPricePerQuality,
  maximumQualityPoints,
  usesQualityScale,
  type AwardCriteria,
  type Criterion,
} from "@/lib/domain/tender/criteria-tree";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { money, type Formatters, type Row } from "../summary-row";

/**
 * One row per criterion, sub-criteria after their parent, with the weight, its minimum score if
 * any, for cost the formula (and F5's prices), for an openness criterion computed automatically
 * its published rule, then what evaluators look for; then the
 * quality scale (when something is scored on it), how the final quality score is set, the minimum
 * quality points (when something other than cost scores them), the discount rate and the years
 * the total cost of ownership covers.
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
      value: criterionValue(criterion, tender.currency, award.qualityScale.max, f),
      ...(criterion.description ? { markdown: criterion.description } : {}),
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
    ...minimumQualityPointsRows(award, f),
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

/** Said also when there is none, so that the reader knows no bid is excluded on its quality in total. */
function minimumQualityPointsRows(award: AwardCriteria, f: Formatters): Row[] {
  const max = maximumQualityPoints(award.criteria);
  const minimum = award.minimumQualityPoints;
  if (max <= 0 && minimum === undefined) return [];
  return [
    {
      key: "minimumQualityPoints",
      label: f.t("criteria.summary.minimumQualityPoints"),
      value:
        minimum === undefined
          ? f.t("criteria.summary.noMinimumQualityPoints")
          : f.t("criteria.summary.minimumQualityPointsValue", {
              points: f.format.number(minimum, { maximumFractionDigits: 2 }),
              max,
            }),
    },
  ];
}

function criterionValue(criterion: Criterion, currency: string, scaleMax: number, f: Formatters): string | string[] {
  const { t } = f;
  const kind = t(`criterionKind.${criterion.kind}`);
  if (criterion.kind !== "COST" || !criterion.costFormula) {
    const weight = t("review.criterionWeight", { kind, weight: criterion.weight });
    if (isAutomaticOpenness(criterion)) {
      // The rule in full, as bidders read it: no unpublished method (C-6/15 TNS Dimarso).
      const mix = { licences: criterion.automaticOpenness!.licencesPercent, standards: criterion.automaticOpenness!.standardsPercent }; // prettier-ignore
      return [weight, t("criteria.summary.automaticOpenness", mix), t("criteria.automaticOpenness.method", mix)];
    }
    if (criterion.minimumScore === undefined) return weight;
    return [weight, t("criteria.summary.minimumScore", { score: criterion.minimumScore, max: scaleMax })];
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
