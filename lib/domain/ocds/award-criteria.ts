import { isPricePerQuality, type AwardCriteria, type Criterion } from "@/lib/domain/tender/criteria-tree";

/**
 * The tender's award criteria in OCDS 1.1's two fields: `awardCriteria` (awardCriteria.csv, an
 * open codelist whose four current codes are used; the deprecated ones never) and
 * `awardCriteriaDetails`, the criteria and their published weights (Art. 67(5)) in words.
 */
export type OcdsAwardCriteria = {
  awardCriteria: "costOnly" | "qualityOnly" | "ratedCriteria";
  awardCriteriaDetails: string;
};

/**
 * - costOnly: the cost criterion carries all the weight. The app's cost criterion is always
 *   scored on the discounted total cost of ownership (Art. 68 life-cycle costing, internal costs
 *   included), so never OCDS's priceOnly, which is "the lowest price".
 * - qualityOnly: no cost criterion; the price is fixed or capped (Art. 67(2) last subparagraph).
 * - ratedCriteria: cost and other criteria weighted together, and F8's price per quality point,
 *   which divides the cost by the quality points.
 * Null while the tender has no criteria.
 */
export function ocdsAwardCriteria(award: AwardCriteria | null, language: string): OcdsAwardCriteria | null {
  const criteria = award?.criteria ?? [];
  if (criteria.length === 0) return null;
  const cost = criteria.filter((criterion) => criterion.kind === "COST");
  const others = criteria.filter((criterion) => criterion.kind !== "COST");
  const awardCriteria =
    others.length === 0 ? "costOnly" : cost.length === 0 ? "qualityOnly" : ("ratedCriteria" as const);
  return { awardCriteria, awardCriteriaDetails: criteria.map((criterion) => describe(criterion, language)).join("; ") };
}

/** "Quality 60 % (Fit to needs 50 %, Exit plan 50 %)": sub-criteria weigh a share of their parent. */
function describe(criterion: Criterion, language: string): string {
  if (isPricePerQuality(criterion)) return `${criterion.name} (${pricePerQualityPoint(language)})`;
  const own = `${criterion.name} ${criterion.weight} %`;
  const children = criterion.children ?? [];
  return children.length === 0 ? own : `${own} (${children.map((child) => describe(child, language)).join(", ")})`;
}

/** F8's words in the tender's language (English for a language the app has no words in). */
const PRICE_PER_QUALITY_POINT: Record<string, string> = {
  en: "price per quality point",
  fr: "prix par point de qualité",
  de: "Preis je Qualitätspunkt",
};

function pricePerQualityPoint(language: string): string {
  return PRICE_PER_QUALITY_POINT[language] ?? PRICE_PER_QUALITY_POINT.en!;
}
