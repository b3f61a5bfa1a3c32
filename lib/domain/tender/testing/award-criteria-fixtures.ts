import type { AwardCriteria, Criterion, QualityScale } from "../award-criteria";

/**
 * The sound criteria tree the award criteria's tests start from and vary: cost 30 (the total
 * cost of ownership by formula F1), quality 40 with two sub-criteria of 50 each, sovereignty 20
 * and an openness criterion 10.
 */
export const price: Criterion = { key: "price", name: "Total cost of ownership", kind: "COST", weight: 30, costFormula: "F1" }; // prettier-ignore
export const quality: Criterion = {
  key: "quality",
  name: "Quality",
  kind: "QUALITY",
  weight: 40,
  children: [
    { key: "usability", name: "Usability", kind: "QUALITY", weight: 50 },
    { key: "open-standards", name: "Open standards", kind: "OPENNESS", weight: 50 },
  ],
};
export const sovereignty: Criterion = { key: "sovereignty", name: "Sovereignty", kind: "SOVEREIGNTY", weight: 20 };
export const licence: Criterion = { key: "licence", name: "Open licence", kind: "OPENNESS", weight: 10 };

/** The sound tree with `cost` as its cost criterion. */
export const soundTree = (cost: Criterion = price): Criterion[] => [cost, quality, sovereignty, licence];

export const scale5: QualityScale = {
  max: 5,
  descriptors: ["No evidence", "Serious doubts", "Minor doubts", "Meets", "Meets with added value", "Exceeds"],
};
export const scale10: QualityScale = { max: 10, descriptors: Array.from({ length: 11 }, (_, i) => `Level ${i}`) };

/** The award around a tree: the 0–5 scale, consensus, 3 % over 4 years. */
export const award = (criteria: Criterion[], settings: Partial<AwardCriteria> = {}): AwardCriteria => ({
  criteria,
  qualityScale: scale5,
  scoreAggregation: "CONSENSUS",
  discountRatePercent: 3,
  tcoHorizonYears: 4,
  ...settings,
});
