import { COST_CATEGORIES, type CostCategory, type CostLine } from "@/lib/domain/bids/bid-model";
import { lastCostYear, linesOutsideCostPeriod } from "@/lib/domain/bids/cost-years";
import type { Problem } from "@/lib/domain/tender/problem";
import { Exact, sum, ZERO } from "./exact";

/**
 * Total cost of ownership (life-cycle cost, Directive 2014/24/EU Art. 68) as decisions.md fixes
 * it: every cost line has a year index t (0 at contract start, 1..N the contract years, N+1.. the
 * exit period) and is discounted by (1 + r)^t, NPV = Σ C_t / (1 + r)^t. The bidder's prices and
 * the authority's internal costs are computed apart and then together, so no view can mix them up.
 */

export type TcoSettings = {
  /** Real discount rate r in percent (3 means 3 %). */
  discountRatePercent: number;
  /** Contract years N. */
  tcoHorizonYears: number;
};

/** An amount undiscounted and discounted, in exact euro cents. */
export type CostFigures = { nominal: Exact; discounted: Exact };

export type CategoryCost = CostFigures & { category: CostCategory };
export type YearCost = CostFigures & {
  year: number;
  /** Discounted cost of years 0..year: the curve of the cumulative chart. */
  cumulativeDiscounted: Exact;
};
export type CategoryYearCost = CostFigures & { category: CostCategory; year: number };

/** One side of the costs (the bidder's, the authority's, or both) broken down three ways. */
export type TcoPart = {
  total: CostFigures;
  /** Categories that have a line, in the order of COST_CATEGORIES. */
  byCategory: CategoryCost[];
  /** Every year from 0 to the last (N + exit period, or a later line's year), zeros included. */
  byYear: YearCost[];
  /** Category and year pairs that have a line, by category then year. */
  byCategoryAndYear: CategoryYearCost[];
};

export type TcoProblemCode = "tco.exitMissing" | "tco.yearOutsideHorizon" | "tco.internalStaffPricedByBidder";

export type Tco = {
  settings: TcoSettings & { lastYear: number };
  bidder: TcoPart;
  internal: TcoPart;
  /** Bidder and internal costs together: the figure the cost criterion compares. */
  combined: TcoPart;
  /**
   * Warnings; none changes the totals (every line is counted, even one outside the horizon, so
   * nothing is dropped silently). Paths: `costLines.3.year` for the bid's lines,
   * `internalCosts.1.year` for the authority's.
   */
  problems: Problem<TcoProblemCode>[];
};

/** (1 + r)^t with r = percent / 100, exactly. */
export function discountDivisor(discountRatePercent: number, year: number): Exact {
  return new Exact(1).plus(new Exact(discountRatePercent).dividedBy(100)).pow(year);
}

/** C / (1 + r)^t. */
export function discountedAmount(amountCents: number, discountRatePercent: number, year: number): Exact {
  return new Exact(amountCents).dividedBy(discountDivisor(discountRatePercent, year));
}

export function computeTco(
  bidderLines: readonly CostLine[],
  internalLines: readonly CostLine[],
  settings: TcoSettings,
): Tco {
  const lastYear = lastCostYear(settings.tcoHorizonYears);
  const years = Math.max(lastYear, ...bidderLines.map((l) => l.year), ...internalLines.map((l) => l.year));
  const bidder = breakDown(bidderLines, settings.discountRatePercent, years);
  const internal = breakDown(internalLines, settings.discountRatePercent, years);
  const combined = breakDown([...bidderLines, ...internalLines], settings.discountRatePercent, years);
  const problems = [
    ...(bidderLines.some((line) => line.category === "EXIT")
      ? []
      : [{ code: "tco.exitMissing" as const, severity: "warning" as const, path: "costLines" }]),
    ...yearProblems(bidderLines, "costLines", settings.tcoHorizonYears),
    ...yearProblems(internalLines, "internalCosts", settings.tcoHorizonYears),
    ...bidderLines.flatMap((line, index) =>
      line.category === "INTERNAL_STAFF"
        ? [
            {
              code: "tco.internalStaffPricedByBidder" as const,
              severity: "warning" as const,
              path: `costLines.${index}.category`,
            },
          ]
        : [],
    ),
  ];
  return { settings: { ...settings, lastYear }, bidder, internal, combined, problems };
}

function yearProblems(lines: readonly CostLine[], prefix: string, horizon: number): Problem<TcoProblemCode>[] {
  return linesOutsideCostPeriod(lines, horizon).map(({ index, year, lastYear }) => ({
    code: "tco.yearOutsideHorizon" as const,
    severity: "warning" as const,
    path: `${prefix}.${index}.year`,
    values: { year, maxYear: lastYear, horizon },
  }));
}

function breakDown(lines: readonly CostLine[], rate: number, lastYear: number): TcoPart {
  const divisors = Array.from({ length: lastYear + 1 }, (_, year) => discountDivisor(rate, year));
  const cells = new Map<string, CategoryYearCost>();
  for (const line of lines) {
    const key = `${line.category}@${line.year}`;
    const nominal = new Exact(line.amountCents);
    const discounted = nominal.dividedBy(divisors[line.year] ?? discountDivisor(rate, line.year));
    const cell = cells.get(key);
    cells.set(
      key,
      cell
        ? { ...cell, nominal: cell.nominal.plus(nominal), discounted: cell.discounted.plus(discounted) }
        : { category: line.category, year: line.year, nominal, discounted },
    );
  }
  const order = (category: CostCategory) => COST_CATEGORIES.indexOf(category);
  const byCategoryAndYear = [...cells.values()].sort(
    (a, b) => order(a.category) - order(b.category) || a.year - b.year,
  );
  const byCategory = COST_CATEGORIES.flatMap((category) => {
    const own = byCategoryAndYear.filter((cell) => cell.category === category);
    return own.length === 0 ? [] : [{ category, ...totalOf(own) }];
  });
  let cumulative = ZERO;
  const byYear = divisors.map((_, year) => {
    const figures = totalOf(byCategoryAndYear.filter((cell) => cell.year === year));
    cumulative = cumulative.plus(figures.discounted);
    return { year, ...figures, cumulativeDiscounted: cumulative };
  });
  return { total: totalOf(byCategoryAndYear), byCategory, byYear, byCategoryAndYear };
}

function totalOf(cells: readonly CostFigures[]): CostFigures {
  return { nominal: sum(cells.map((cell) => cell.nominal)), discounted: sum(cells.map((cell) => cell.discounted)) };
}
