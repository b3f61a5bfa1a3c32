import { describe, expect, it } from "vitest";
import type { Clause, TenderProfile } from "./clause-model";
import { isClauseApplicable, recommendedClauses, sortClauses } from "./recommend-clauses";
import { sampleWith } from "./testing/sample-clause";

const clause = (key: string, changes: Partial<Clause>): Clause => sampleWith({ key, ...changes });
const any = { contractNatures: [], procedureTypes: [], cpvPrefixes: [] };
const tender = (changes: Partial<TenderProfile>): TenderProfile => ({
  contractNature: "SERVICES",
  procedureType: "OPEN",
  cpvCodes: ["72260000"],
  ...changes,
});

describe("isClauseApplicable", () => {
  const hosting = clause("hosting", { applicability: { ...any, cpvPrefixes: ["72", "48"] } });
  const supplies = clause("supplies", { applicability: { ...any, contractNatures: ["SUPPLIES"] } });
  const partnership = clause("partnership", { applicability: { ...any, procedureTypes: ["INNOVATION_PARTNERSHIP"] } });

  it("matches CPV prefixes against any of the tender's codes", () => {
    expect(isClauseApplicable(hosting, tender({ cpvCodes: ["30213000", "48000000"] }))).toBe(true);
    expect(isClauseApplicable(hosting, tender({ cpvCodes: ["30213000"] }))).toBe(false);
    expect(isClauseApplicable(hosting, tender({ cpvCodes: ["74000000"] }))).toBe(false);
  });

  it("matches contract nature and procedure type", () => {
    expect(isClauseApplicable(supplies, tender({}))).toBe(false);
    expect(isClauseApplicable(supplies, tender({ contractNature: "SUPPLIES" }))).toBe(true);
    expect(isClauseApplicable(partnership, tender({}))).toBe(false);
    expect(isClauseApplicable(partnership, tender({ procedureType: "INNOVATION_PARTNERSHIP" }))).toBe(true);
  });

  it("does not hold what the tender has not chosen yet against a clause", () => {
    const blank = { contractNature: null, procedureType: null, cpvCodes: [] };
    expect([hosting, supplies, partnership].every((candidate) => isClauseApplicable(candidate, blank))).toBe(true);
  });
});

describe("recommendedClauses and sortClauses", () => {
  const library = [
    clause("pricing-recommended", { category: "PRICING", status: "RECOMMENDED" }),
    clause("licensing-recommended", { category: "LICENSING", status: "RECOMMENDED" }),
    clause("licensing-optional", { category: "LICENSING", status: "OPTIONAL" }),
    clause("exit-mandatory", { category: "EXIT", status: "MANDATORY" }),
    clause("licensing-mandatory", { category: "LICENSING", status: "MANDATORY" }),
    clause("exit-recommended", { category: "EXIT", status: "RECOMMENDED" }),
    clause("exit-supplies", {
      category: "EXIT",
      status: "MANDATORY",
      applicability: { ...any, contractNatures: ["SUPPLIES"] },
    }),
  ];

  it("proposes mandatory and recommended clauses that fit, by category, mandatory first", () => {
    expect(recommendedClauses(library, tender({})).map((candidate) => candidate.key)).toEqual([
      "licensing-mandatory",
      "licensing-recommended",
      "exit-mandatory",
      "exit-recommended",
      "pricing-recommended",
    ]);
  });

  it("sorts any selection, keeping library order within a category and status", () => {
    const [pricing, licensingRecommended, licensingOptional] = library;
    expect(
      sortClauses([licensingOptional!, pricing!, licensingRecommended!]).map((candidate) => candidate.key),
    ).toEqual(["licensing-recommended", "licensing-optional", "pricing-recommended"]);
  });
});
