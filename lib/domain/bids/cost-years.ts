import { EXIT_PERIOD_YEARS, type CostLine } from "./bid-model";

/**
 * The years a cost line can fall in (decisions.md): 0 the contract start (one-off costs), 1..N
 * the contract years (N = the tender's TCO horizon), then the exit period.
 */

/** The last year index a cost line may have: the horizon N plus the exit period. */
export function lastCostYear(tcoHorizonYears: number): number {
  return tcoHorizonYears + EXIT_PERIOD_YEARS;
}

export type CostYearKind = "start" | "contract" | "exit" | "outside";

/**
 * The years a form offers for a tender with a horizon, in order, and after them any year a line
 * already holds beyond the exit period (`outside`): a horizon shortened after the lines were
 * entered must not hide their year, which the checks then report.
 */
export function costYearOptions(
  tcoHorizonYears: number,
  yearsHeld: readonly number[] = [],
): { year: number; kind: CostYearKind }[] {
  const last = lastCostYear(tcoHorizonYears);
  const inPeriod = Array.from({ length: last + 1 }, (_, year) => ({
    year,
    kind: (year === 0 ? "start" : year <= tcoHorizonYears ? "contract" : "exit") as CostYearKind,
  }));
  const outside = [...new Set(yearsHeld.filter((year) => Number.isInteger(year) && year > last))]
    .sort((a, b) => a - b)
    .map((year) => ({ year, kind: "outside" as const }));
  return [...inPeriod, ...outside];
}

/**
 * The lines whose year lies outside 0..the last year, with their index, for the checks that
 * report them (a bid refused at entry, a warning in the assessment, internal costs refused).
 */
export function linesOutsideCostPeriod(
  lines: readonly Pick<CostLine, "year">[],
  tcoHorizonYears: number,
): { index: number; year: number; lastYear: number }[] {
  const lastYear = lastCostYear(tcoHorizonYears);
  return lines.flatMap((line, index) =>
    line.year < 0 || line.year > lastYear ? [{ index, year: line.year, lastYear }] : [],
  );
}
