import type { Problem } from "@/lib/domain/tender/problem";
import type { CostLine } from "./bid-model";
import { linesOutsideCostPeriod } from "./cost-years";

/**
 * The authority's own costs that come with a bid (its staff's time to run, train and migrate,
 * say), estimated by the authority, never by a bidder, and always shown apart from the bidder's
 * prices (decisions.md). The tender holds the lines that apply to every bid; a bid may have its
 * own where it differs (a bid that needs more internal staff than another).
 */
export type InternalCostsSource = "TENDER" | "BID";
export type InternalCosts = { source: InternalCostsSource; lines: CostLine[] };

export const MAX_INTERNAL_COST_LINES = 200;

/** The lines that apply to a bid: its own when it has them (null = none of its own), else the tender's. */
export function internalCostsFor(
  tenderLines: readonly CostLine[],
  bidLines: readonly CostLine[] | null,
): InternalCosts {
  return bidLines === null ? { source: "TENDER", lines: [...tenderLines] } : { source: "BID", lines: [...bidLines] };
}

/**
 * Lines whose year lies beyond the tender's horizon and exit period, at the form's paths
 * (`lines.2.year`). Without a horizon (no award criteria yet) any year the schema accepts will do.
 */
export function costLineYearProblems(
  lines: readonly Pick<CostLine, "year">[],
  tcoHorizonYears: number | null,
): Problem[] {
  if (tcoHorizonYears === null) return [];
  return linesOutsideCostPeriod(lines, tcoHorizonYears).map(({ index, lastYear }) => ({
    code: "internalCosts.yearBeyondHorizon",
    severity: "error" as const,
    path: `lines.${index}.year`,
    values: { last: lastYear, horizon: tcoHorizonYears },
  }));
}
