import { COST_FORMULA_RULES, workedExample } from "@/lib/domain/tender/cost-formulas";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import type { Section } from "../sections";
import { paragraph, textTable } from "../sections";
import type { TenderContext } from "./tender-input";

/**
 * How cost is scored: the formula by name and in symbols, what the price P is (the discounted
 * total cost of ownership), the reference and floor prices of F5, and the formula at work on
 * three sample bids (cost-formulas.ts), the same example the criteria page shows the drafter.
 */
export function costSection(context: TenderContext, award: AwardCriteria): Section[] | null {
  const { tender, text, words } = context;
  const cost = award.criteria.find((criterion) => criterion.kind === "COST");
  if (!cost?.costFormula) return null;
  const formula = cost.costFormula;
  const rule = COST_FORMULA_RULES[formula];
  const isRatio = rule.output === "RATIO";
  const example = workedExample(formula, isRatio ? 100 : cost.weight);
  const money = (cents: number) => text.money(cents, tender.currency);
  const points = (value: number | null) => text.number(value ?? 0, { maxDecimals: 2 });
  const [a, b, c] = example.scores;
  const max = example.maxPoints ?? 0;
  return [
    {
      title: words("criteria.costHeading"),
      anchor: "cost-formula",
      blocks: [
        paragraph(words("criteria.formula", { formula, name: text.t(`tenders.criteria.formulas.${rule.code}`) }), " ", {
          text: rule.expression,
          code: true,
        }),
        paragraph(words(isRatio ? "criteria.ratioExplained" : "criteria.pointsExplained", { max: text.number(cost.weight) })), // prettier-ignore
        paragraph(words("criteria.priceIsTco")),
        ...(formula === "F5" && cost.referencePriceCents !== undefined && cost.floorPriceCents !== undefined
          ? [paragraph(words("criteria.reference", { reference: money(cost.referencePriceCents), floor: money(cost.floorPriceCents) }))] // prettier-ignore
          : []),
        ...(rule.relative ? [paragraph(words("criteria.relative"))] : []),
        paragraph({ text: text.t("tenders.criteria.example.heading"), bold: true }),
        textTable(
          words("criteria.exampleCaption"),
          [
            text.t("tenders.criteria.example.bid"),
            { header: text.t("tenders.criteria.example.price"), align: "right" },
            ...(isRatio ? [{ header: text.t("tenders.criteria.example.quality"), align: "right" as const }] : []),
            {
              header: isRatio ? text.t("tenders.criteria.example.ratio") : text.t("tenders.criteria.example.points", { max }), // prettier-ignore
              align: "right",
            },
            { header: text.t("tenders.criteria.example.rank"), align: "right" },
          ],
          example.scores.map((score) => [
            score.label,
            money(score.priceCents),
            ...(isRatio ? [points(score.qualityScore)] : []),
            isRatio ? money(score.centsPerQualityPoint ?? 0) : points(score.points),
            text.number(score.rank),
          ]),
        ),
        paragraph(
          text.t(`tenders.criteria.example.${rule.code}`, {
            max: points(max),
            priceA: money(a!.priceCents),
            priceB: money(b!.priceCents),
            priceC: money(c!.priceCents),
            pointsB: points(b!.points),
            qualityB: points(b!.qualityScore),
            ratioB: money(b!.centsPerQualityPoint ?? 0),
            reference: money(example.referencePriceCents ?? 0),
            floor: money(example.floorPriceCents ?? 0),
          }),
        ),
      ],
    },
  ];
}
