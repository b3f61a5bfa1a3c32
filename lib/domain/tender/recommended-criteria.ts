import type { Criterion } from "./criteria-tree";

/** The parts of the recommended set, each named and described in the tender documents' language. */
export const RECOMMENDED_PARTS = ["cost", "quality", "fit", "service", "sovereignty", "openness"] as const;
export type RecommendedPart = (typeof RECOMMENDED_PARTS)[number];
export type RecommendedText = Record<RecommendedPart, { name: string; description: string }>;

/**
 * A starting point for a software tender: cost 40 %, quality 40 % (fit for the users' needs 60 %,
 * delivery, support and exit 40 %), sovereignty 10 %, openness 10 %. Cost stays at or below the
 * 60 % where quality stops mattering (criteria-warnings.ts). Price is scored against a reference
 * price (F5), not relative to the other bids: decisions.md makes F1 the formula people know, but
 * F1 and F2 let a third bid reorder two others (rank reversal, about one Dutch tender in five in
 * Schotanus et al. 2022), and F5 also fixes in advance what a price is worth. The drafter still
 * has to state B and Bfloor, which no default can know; F5 without them is reported, not guessed.
 */
export function recommendedCriteria(text: RecommendedText): Criterion[] {
  const named = (part: RecommendedPart) => ({
    key: part === "fit" || part === "service" ? `quality-${part}` : part,
    name: text[part].name,
    description: text[part].description,
  });
  return [
    { ...named("cost"), kind: "COST", weight: 40, costFormula: "F5" },
    {
      ...named("quality"),
      kind: "QUALITY",
      weight: 40,
      children: [
        { ...named("fit"), kind: "QUALITY", weight: 60 },
        { ...named("service"), kind: "QUALITY", weight: 40 },
      ],
    },
    { ...named("sovereignty"), kind: "SOVEREIGNTY", weight: 10 },
    { ...named("openness"), kind: "OPENNESS", weight: 10 },
  ];
}
