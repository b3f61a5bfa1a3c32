import type { BidComponent, CostCategory, CostLine } from "../lib/domain/bids/bid-model";

/** What the demo bids have in common, written once. */

/** A cost line of a demo bid, in euros as bidders write them (stored in cents). */
export const costLine = (category: CostCategory, year: number, euros: number, note = ""): CostLine => ({
  category,
  year,
  amountCents: euros * 100,
  note,
});

/** The same cost in each of the four contract years (1 to 4; 0 is the start, 5 the exit). */
export const everyContractYear = (category: CostCategory, euros: number, note = "") =>
  [1, 2, 3, 4].map((year) => costLine(category, year, euros, note));

/** An amount in euros and what it covers. */
type Cost = readonly [euros: number, note?: string];

/**
 * The cost lines of a demo bid for a platform built over a four-year contract, in the order its
 * bidders list them: licences every contract year, the start's work in year 0, yearly support and
 * hosting, upgrades in their year, yearly security, and the exit in year 5.
 */
export function projectCostLines(costs: {
  licences?: Cost;
  implementation: Cost;
  dataMigration: Cost;
  training?: Cost;
  support: Cost;
  hosting: Cost;
  upgrades?: readonly (readonly [year: number, euros: number, note?: string])[];
  security?: Cost;
  exit?: Cost;
}): CostLine[] {
  const yearly = (category: CostCategory, cost: Cost | undefined) => (cost ? everyContractYear(category, ...cost) : []);
  const once = (category: CostCategory, year: number, cost: Cost | undefined) =>
    cost ? [costLine(category, year, ...cost)] : [];
  return [
    ...yearly("LICENCES", costs.licences),
    ...once("IMPLEMENTATION", 0, costs.implementation),
    ...once("DATA_MIGRATION", 0, costs.dataMigration),
    ...once("TRAINING", 0, costs.training),
    ...yearly("SUPPORT_MAINTENANCE", costs.support),
    ...yearly("HOSTING", costs.hosting),
    ...(costs.upgrades ?? []).map(([year, euros, note]) => costLine("UPGRADES", year, euros, note)),
    ...yearly("SECURITY_COMPLIANCE", costs.security),
    ...once("EXIT", 5, costs.exit),
  ];
}

/** A component of a demo bid: a dependency unless said otherwise, not an AI model. */
export const bidComponent = (fields: Partial<BidComponent> & Pick<BidComponent, "name" | "licence">): BidComponent => ({
  version: "",
  supplier: "",
  repository: "",
  relation: "DEPENDENCY",
  isAiModel: false,
  modelOpennessClass: null,
  ...fields,
});

/** The dependency most demo bids share. */
export const POSTGRESQL = {
  supplier: "PostgreSQL Global Development Group",
  repository: "https://git.postgresql.org/gitweb/?p=postgresql.git",
};

/** The third-party components a bid builds on, one row each; the repository may be unknown. */
export const dependencies = (
  rows: readonly (readonly [name: string, version: string, supplier: string, licence: string, repository?: string])[],
): BidComponent[] =>
  rows.map(([name, version, supplier, licence, repository = ""]) =>
    bidComponent({ name, version, supplier, licence, repository }),
  );
