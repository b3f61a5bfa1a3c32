import { describe, expect, it } from "vitest";
import { chosenVersionKey } from "./chosen-clauses";
import type { Clause } from "./clause-model";
import { requiredStandards, standardRequirements } from "./required-standards";
import { SAMPLE_CLAUSE } from "./testing/sample-clause";

const API_CLAUSE: Clause = {
  ...SAMPLE_CLAUSE,
  key: "apis",
  version: 2,
  parameters: [
    { name: "apiStandards", kind: "STANDARDS", required: true, join: "or", default: ["OPENAPI-3.1", "ASYNCAPI-3.0"] },
    { name: "noStandards", kind: "STANDARDS", required: false },
  ],
};

const definitions = new Map([
  [chosenVersionKey("sample-clause", 1), SAMPLE_CLAUSE],
  [chosenVersionKey("apis", 2), API_CLAUSE],
]);

describe("requiredStandards", () => {
  it("uses the parameter's default when the drafter left it blank", () => {
    // SAMPLE_CLAUSE's `formats` defaults to ODF-1.3 and PDF-A-2.
    expect(requiredStandards([{ key: "sample-clause", version: 1, values: {} }], definitions)).toEqual([
      "ODF-1.3",
      "PDF-A-2",
    ]);
  });

  it("uses the drafter's value instead of the default, and lists each standard once across clauses", () => {
    const chosen = [
      { key: "sample-clause", version: 1, values: { formats: ["CSV-RFC4180", "OPENAPI-3.1", "CSV-RFC4180"] } },
      { key: "apis", version: 2, values: {} },
    ];
    expect(requiredStandards(chosen, definitions)).toEqual(["CSV-RFC4180", "OPENAPI-3.1", "ASYNCAPI-3.0"]);
  });

  it("skips clauses whose version is unknown and clauses without standards", () => {
    expect(requiredStandards([{ key: "gone", version: 1, values: {} }], definitions)).toEqual([]);
    expect(requiredStandards([], definitions)).toEqual([]);
  });
});

describe("standardRequirements", () => {
  it("keeps each list with its clause, parameter and how it is joined", () => {
    const chosen = [
      { key: "apis", version: 2, values: {} },
      { key: "sample-clause", version: 1, values: { formats: "ODF-1.3" } },
    ];
    expect(standardRequirements(chosen, definitions)).toEqual([
      { clauseKey: "apis", parameter: "apiStandards", join: "or", standardIds: ["OPENAPI-3.1", "ASYNCAPI-3.0"] },
      { clauseKey: "sample-clause", parameter: "formats", join: "and", standardIds: ["ODF-1.3"] },
    ]);
  });
});
