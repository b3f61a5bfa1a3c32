import { Exact } from "@/lib/domain/assessment/exact";
import { BIDDER_COST_CATEGORIES } from "@/lib/domain/bids/bid-model";
import type { Section } from "../sections";
import { bullets, note, paragraph, textTable } from "../sections";
import type { TenderContext } from "./tender-input";

/**
 * The life-cycle costing method, which Art. 68(2) requires the documents to state: the data
 * bidders must supply (a cost line per category and year, exit included) and how the authority
 * computes the total cost of ownership from it (docs/assessment.md), with the divisor of every
 * year at this tender's rate, so a bidder can recompute its own figure. Only where cost is scored.
 */
export function tcoMethodSection(context: TenderContext): Section | null {
  const { tender, text, words } = context;
  const award = tender.award;
  if (!award || !award.criteria.some((criterion) => criterion.kind === "COST")) return null;
  const rate = award.discountRatePercent;
  const horizon = award.tcoHorizonYears;
  const exit = horizon + 1;
  const rateText = text.number(rate, { maxDecimals: 2 });
  const base = new Exact(rate).dividedBy(100).plus(1);
  const years = Array.from({ length: exit + 1 }, (_, year) => year);
  const yearName = (year: number) =>
    year === 0
      ? text.t("costLines.yearStart")
      : year === exit
        ? text.t("costLines.yearExit", { year })
        : text.t("costLines.year", { year });
  return {
    title: words("tco.heading"),
    anchor: "total-cost-of-ownership",
    blocks: [paragraph(words("tco.lead"))],
    subsections: [
      {
        title: words("tco.supplyHeading"),
        anchor: "tco-data",
        blocks: [
          paragraph(words("tco.supply", { currency: tender.currency })),
          bullets(BIDDER_COST_CATEGORIES.map((category) => text.t(`costLines.categories.${category}`))),
          paragraph(text.t("costLines.yearsExplained", { horizon, exit })),
          paragraph(words("tco.exit")),
        ],
      },
      {
        title: words("tco.computeHeading"),
        anchor: "tco-computation",
        blocks: [
          paragraph(words("tco.formula", { rate: rateText, horizon }), " ", { text: "NPV = Σ C_t / (1 + r)^t", code: true }), // prettier-ignore
          textTable(
            words("tco.divisorsCaption", { rate: rateText }),
            [words("tco.year"), { header: words("tco.divisor"), align: "right" }],
            years.map((year) => [yearName(year), text.number(base.pow(year).toDecimalPlaces(6).toNumber(), { maxDecimals: 6 })]), // prettier-ignore
          ),
          paragraph(words("tco.internal")),
          paragraph(words("tco.compared")),
          note(words("tco.rounding")),
        ],
      },
    ],
  };
}
