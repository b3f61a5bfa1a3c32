import { describe, expect, it } from "vitest";
import { chosenClauseProblems, chosenVersionKey, normaliseParameterValues } from "./chosen-clauses";
import { SAMPLE_CLAUSE } from "./testing/sample-clause";

const definitions = new Map([[chosenVersionKey("sample-clause", 1), SAMPLE_CLAUSE]]);

describe("chosenClauseProblems", () => {
  it("finds nothing when every required value is given and valid", () => {
    expect(
      chosenClauseProblems([{ key: "sample-clause", version: 1, values: { fixDays: "10" } }], definitions),
    ).toEqual([]);
  });

  it("puts parameter problems on the tender form's path of the clause's position", () => {
    const problems = chosenClauseProblems(
      [
        { key: "other", version: 3, values: {} },
        { key: "sample-clause", version: 1, values: { fixDays: 10, warranty: "-2", licence: "EUPL 1.2" } },
      ],
      definitions,
    );
    expect(problems).toEqual([
      {
        code: "clauses.versionMissing",
        severity: "error",
        path: "clauses.0.key",
        values: { key: "other", version: 3 },
      },
      {
        code: "clauses.licenceUnknownWithSuggestion",
        severity: "error",
        path: "clauses.1.values.licence",
        values: { parameter: "licence", value: "EUPL 1.2", suggestion: "EUPL-1.2" },
      },
      {
        code: "clauses.monthsNegative",
        severity: "error",
        path: "clauses.1.values.warranty",
        values: { parameter: "warranty", value: -2 },
      },
    ]);
  });

  it("reports a required parameter left blank and a clause chosen twice", () => {
    const problems = chosenClauseProblems(
      [
        { key: "sample-clause", version: 1, values: { fixDays: 5 } },
        { key: "sample-clause", version: 1, values: {} },
      ],
      definitions,
    );
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual([
      ["clauses.chosenTwice", "clauses.1.key"],
      ["clauses.parameterMissing", "clauses.1.values.fixDays"],
    ]);
  });
});

describe("normaliseParameterValues", () => {
  it("stores numbers as numbers, trims text, leaves blanks and undeclared names out", () => {
    expect(
      normaliseParameterValues(SAMPLE_CLAUSE, {
        warranty: " 24 ",
        availability: "99,9",
        licence: " MIT ",
        portal: "",
        formats: ["ODF-1.3"],
        unknown: "x",
      }),
    ).toEqual({ licence: "MIT", warranty: 24, availability: 99.9, formats: ["ODF-1.3"] });
  });
});
