import { describe, expect, it } from "vitest";
import { effectiveParameterValues, readNumber, validateClauseParameters } from "./clause-parameters";
import { SAMPLE_CLAUSE, sampleWith } from "./testing/sample-clause";

/** The sample's required parameters without a default, filled with valid values. */
const VALID = { fixDays: 10 };

function problemsFor(values: Record<string, unknown>) {
  return validateClauseParameters(SAMPLE_CLAUSE, { ...VALID, ...values } as never);
}

describe("validateClauseParameters", () => {
  it("accepts the defaults plus the required values", () => {
    expect(validateClauseParameters(SAMPLE_CLAUSE, VALID)).toEqual([]);
  });

  it("reports a required parameter without value or default", () => {
    expect(validateClauseParameters(SAMPLE_CLAUSE, {})).toEqual([
      {
        code: "clauses.parameterMissing",
        severity: "error",
        path: "parameters.fixDays",
        values: { parameter: "fixDays" },
      },
    ]);
    // Blank text counts as not given.
    expect(problemsFor({ fixDays: "  " })).toMatchObject([{ code: "clauses.parameterMissing" }]);
  });

  it("reports values for parameters the clause does not have", () => {
    expect(problemsFor({ colour: "blue" })).toEqual([
      {
        code: "clauses.parameterUnknown",
        severity: "error",
        path: "parameters.colour",
        values: { parameter: "colour" },
      },
    ]);
  });

  describe("durations", () => {
    it("says plainly that a number of months cannot be negative", () => {
      expect(problemsFor({ warranty: -3 })).toEqual([
        {
          code: "clauses.monthsNegative",
          severity: "error",
          path: "parameters.warranty",
          values: { parameter: "warranty", value: -3 },
        },
      ]);
      expect(problemsFor({ fixDays: "-1" })).toMatchObject([{ code: "clauses.daysNegative", values: { value: -1 } }]);
      expect(problemsFor({ responseHours: -2 })).toMatchObject([{ code: "clauses.hoursNegative" }]);
    });

    it("checks the range, whole numbers, and reads numbers typed as text", () => {
      expect(problemsFor({ warranty: 3 })).toMatchObject([{ code: "clauses.tooSmall", values: { min: 6, value: 3 } }]);
      expect(problemsFor({ warranty: 61 })).toMatchObject([{ code: "clauses.tooLarge", values: { max: 60 } }]);
      expect(problemsFor({ warranty: 60, fixDays: "90" })).toEqual([]);
      expect(problemsFor({ warranty: 12.5 })).toMatchObject([{ code: "clauses.notAWholeNumber" }]);
      expect(problemsFor({ warranty: "twelve" })).toMatchObject([
        { code: "clauses.notANumber", values: { value: "twelve" } },
      ]);
      // A duration without a minimum still may not be negative, and 0 is allowed.
      expect(problemsFor({ fixDays: 0 })).toEqual([]);
    });
  });

  it("checks percentages within 0–100 and the parameter's own range, decimals allowed", () => {
    expect(problemsFor({ availability: "99,9" })).toEqual([]);
    expect(problemsFor({ availability: 100 })).toEqual([]);
    expect(problemsFor({ availability: 100.5 })).toMatchObject([{ code: "clauses.tooLarge", values: { max: 100 } }]);
    expect(problemsFor({ availability: 89 })).toMatchObject([{ code: "clauses.tooSmall", values: { min: 90 } }]);
  });

  it("checks integers against min and max", () => {
    expect(problemsFor({ trainees: 0 })).toMatchObject([{ code: "clauses.tooSmall", values: { min: 1 } }]);
    expect(problemsFor({ trainees: 501 })).toMatchObject([{ code: "clauses.tooLarge", values: { max: 500 } }]);
    expect(problemsFor({ trainees: 2.5 })).toMatchObject([{ code: "clauses.notAWholeNumber" }]);
  });

  describe("SPDX licences", () => {
    it("accepts an OSI-approved id", () => {
      expect(problemsFor({ licence: "MPL-2.0" })).toEqual([]);
    });

    it("names an unknown id and suggests the likely one", () => {
      expect(problemsFor({ licence: "EUPL 1.2" })).toEqual([
        {
          code: "clauses.licenceUnknownWithSuggestion",
          severity: "error",
          path: "parameters.licence",
          values: { parameter: "licence", value: "EUPL 1.2", suggestion: "EUPL-1.2" },
        },
      ]);
      expect(problemsFor({ licence: "Proprietary" })).toMatchObject([
        { code: "clauses.licenceUnknown", values: { value: "Proprietary" } },
      ]);
    });

    it("asks for the canonical case", () => {
      expect(problemsFor({ licence: "apache-2.0" })).toMatchObject([
        { code: "clauses.licenceCase", severity: "error", values: { suggestion: "Apache-2.0" } },
      ]);
    });

    it("refuses a licence that is not OSI-approved where the parameter requires one", () => {
      expect(problemsFor({ licence: "BUSL-1.1" })).toMatchObject([
        { code: "clauses.licenceNotOsiApproved", values: { value: "BUSL-1.1" } },
      ]);
      expect(problemsFor({ licence: "CC-BY-4.0" })).toMatchObject([{ code: "clauses.licenceNotOsiApproved" }]);
    });

    it("accepts open content licences, not NC or ND ones, where any free licence will do", () => {
      const [licence, ...rest] = SAMPLE_CLAUSE.parameters;
      const free = sampleWith({ parameters: [{ ...licence!, accept: "FREE" } as never, ...rest] });
      const check = (id: string) => validateClauseParameters(free, { ...VALID, licence: id });
      expect(check("CC-BY-4.0")).toEqual([]);
      expect(check("CC0-1.0")).toEqual([]);
      expect(check("EUPL-1.2")).toEqual([]);
      expect(check("CC-BY-NC-4.0")).toMatchObject([
        { code: "clauses.licenceNotFree", values: { value: "CC-BY-NC-4.0" } },
      ]);
      expect(check("CC-BY-ND-4.0")).toMatchObject([{ code: "clauses.licenceNotFree" }]);
      expect(check("BUSL-1.1")).toMatchObject([{ code: "clauses.licenceNotFree" }]);
    });

    it("warns about a deprecated id and names its successor", () => {
      expect(problemsFor({ licence: "GPL-3.0" })).toEqual([
        {
          code: "clauses.licenceDeprecatedWithSuggestion",
          severity: "warning",
          path: "parameters.licence",
          values: { parameter: "licence", value: "GPL-3.0", suggestion: "GPL-3.0-only" },
        },
      ]);
    });

    it("takes one id, not an expression", () => {
      expect(problemsFor({ licence: "MIT OR Apache-2.0" })).toMatchObject([{ code: "clauses.licenceNotSingleId" }]);
    });
  });

  describe("standards", () => {
    it("accepts catalogue ids of the allowed areas", () => {
      expect(problemsFor({ formats: ["ODF-1.3", "CSV-RFC4180"] })).toEqual([]);
    });

    it("reports each bad item at its index", () => {
      expect(problemsFor({ formats: ["ODF-1.3", "DOCX", "odf-1.3", "OIDC-1.0", "ODF-1.3"] })).toEqual([
        {
          code: "clauses.standardUnknown",
          severity: "error",
          path: "parameters.formats.1",
          values: { parameter: "formats", value: "DOCX" },
        },
        {
          code: "clauses.standardUnknownWithSuggestion",
          severity: "error",
          path: "parameters.formats.2",
          values: { parameter: "formats", value: "odf-1.3", suggestion: "ODF-1.3" },
        },
        {
          code: "clauses.standardNotAllowed",
          severity: "error",
          path: "parameters.formats.3",
          values: { parameter: "formats", value: "OpenID Connect Core 1.0" },
        },
        {
          code: "clauses.standardDuplicate",
          severity: "error",
          path: "parameters.formats.4",
          values: { parameter: "formats", value: "OpenDocument Format (ODF) 1.3" },
        },
        {
          code: "clauses.tooManyStandards",
          severity: "error",
          path: "parameters.formats",
          values: { parameter: "formats", max: 4 },
        },
      ]);
    });

    it("wants a list", () => {
      expect(problemsFor({ formats: "ODF-1.3" })).toMatchObject([{ code: "clauses.notAList" }]);
    });
  });

  it("checks text length, addresses and choices", () => {
    expect(problemsFor({ portal: "x".repeat(21) })).toMatchObject([
      { code: "clauses.textTooLong", values: { max: 20, length: 21 } },
    ]);
    expect(problemsFor({ portal: `  ${"x".repeat(20)}  ` })).toEqual([]);
    expect(problemsFor({ repository: "code.europa.eu" })).toMatchObject([{ code: "clauses.urlInvalid" }]);
    expect(problemsFor({ repository: "javascript:alert(1)" })).toMatchObject([{ code: "clauses.urlInvalid" }]);
    expect(problemsFor({ repository: "https://gitlab.example.org/group" })).toEqual([]);
    expect(problemsFor({ region: "US" })).toMatchObject([{ code: "clauses.choiceUnknown", values: { value: "US" } }]);
  });
});

describe("effectiveParameterValues", () => {
  it("takes given values over defaults and treats blanks as not given", () => {
    expect(effectiveParameterValues(SAMPLE_CLAUSE, { warranty: 24, licence: "", formats: [] })).toEqual({
      licence: "EUPL-1.2",
      warranty: 24,
      fixDays: undefined,
      responseHours: 4,
      availability: 99.5,
      trainees: undefined,
      formats: ["ODF-1.3", "PDF-A-2"],
      portal: undefined,
      repository: "https://code.europa.eu",
      region: "EU",
    });
  });
});

describe("readNumber", () => {
  it.each([
    [24, 24],
    ["24", 24],
    [" -3 ", -3],
    ["99,5", 99.5],
    ["99.5", 99.5],
    ["1e3", Number.NaN],
    ["", Number.NaN],
    [["1"], Number.NaN],
  ])("%j → %d", (input, expected) => {
    expect(readNumber(input as never)).toBe(expected);
  });
});
