import { describe, expect, it } from "vitest";
import type { CostLine } from "./bid-model";
import { costLineYearProblems, internalCostsFor } from "./internal-costs";

const staff = (year: number, amountCents: number): CostLine => ({
  category: "INTERNAL_STAFF",
  year,
  amountCents,
  note: "",
});

describe("internalCostsFor", () => {
  it("takes the tender's lines for a bid without lines of its own", () => {
    expect(internalCostsFor([staff(1, 100)], null)).toEqual({ source: "TENDER", lines: [staff(1, 100)] });
  });

  it("takes the bid's own lines when it has them, even none at all", () => {
    expect(internalCostsFor([staff(1, 100)], [staff(1, 250)])).toEqual({ source: "BID", lines: [staff(1, 250)] });
    // An empty list of its own says "no internal cost for this bid", which differs from the tender's.
    expect(internalCostsFor([staff(1, 100)], [])).toEqual({ source: "BID", lines: [] });
  });
});

describe("costLineYearProblems", () => {
  it("allows the contract years and the one-year exit period, and names the lines beyond", () => {
    // Horizon 4: years 0 (start), 1–4 (contract), 5 (exit period); 6 is beyond.
    expect(costLineYearProblems([staff(0, 1), staff(5, 1), staff(6, 1), staff(9, 1)], 4)).toEqual([
      {
        code: "internalCosts.yearBeyondHorizon",
        severity: "error",
        path: "lines.2.year",
        values: { last: 5, horizon: 4 },
      },
      {
        code: "internalCosts.yearBeyondHorizon",
        severity: "error",
        path: "lines.3.year",
        values: { last: 5, horizon: 4 },
      },
    ]);
  });

  it("sets no limit while the tender has no horizon", () => {
    expect(costLineYearProblems([staff(30, 1)], null)).toEqual([]);
  });
});
