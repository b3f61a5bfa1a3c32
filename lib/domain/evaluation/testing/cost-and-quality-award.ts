import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";

/**
 * Award criteria small enough to rank by hand, for the tests of the evaluation, the award and
 * open data: cost 40 (F1 on the discounted TCO), quality 60 = fit 50 % + exit 50 % (30 points
 * each), scored 0–5 by consensus; TCO over 4 years at 3 %.
 */
export const COST_AND_QUALITY_AWARD: AwardCriteria = {
  criteria: [
    { key: "cost", name: "Total cost of ownership", kind: "COST", weight: 40, costFormula: "F1" },
    {
      key: "quality",
      name: "Quality",
      kind: "QUALITY",
      weight: 60,
      children: [
        { key: "fit", name: "Fit to needs", kind: "QUALITY", weight: 50 },
        { key: "exit", name: "Exit plan", kind: "OPENNESS", weight: 50 },
      ],
    },
  ],
  qualityScale: { max: 5, descriptors: ["None", "Poor", "Fair", "Acceptable", "Good", "Excellent"] },
  scoreAggregation: "CONSENSUS",
  discountRatePercent: 3,
  tcoHorizonYears: 4,
};
