import { describe, expect, it } from "vitest";
import { validateClauseDefinition, validateClauseLibrary } from "./clause-definition";
import type { Clause, ClauseContent } from "./clause-model";
import { findPlaceholders } from "./placeholders";
import { SAMPLE_CLAUSE, sampleWith } from "./testing/sample-clause";

const { en, fr, de } = SAMPLE_CLAUSE.content;

function withEnglish(changes: Partial<ClauseContent>): Clause {
  return sampleWith({ content: { en: { ...en, ...changes }, fr, de } });
}

const codes = (clause: Clause) => validateClauseDefinition(clause).map((problem) => problem.code);

describe("validateClauseDefinition", () => {
  it("accepts the sample clause", () => {
    expect(validateClauseDefinition(SAMPLE_CLAUSE)).toEqual([]);
  });

  it("names an undeclared placeholder, its language and where it is", () => {
    const body = "Deliver within {{deliveryDays}}. " + en.body;
    expect(validateClauseDefinition(withEnglish({ body }))).toEqual([
      {
        code: "clauses.placeholderUndeclared",
        severity: "error",
        path: "content.en.body",
        values: { locale: "en", placeholder: "deliveryDays", start: 15 },
      },
    ]);
  });

  it("finds malformed placeholders rather than printing them", () => {
    const body = en.body + " {{ bad-name }} and {{unclosed";
    expect(validateClauseDefinition(withEnglish({ body }))).toMatchObject([
      { code: "clauses.placeholderMalformed", values: { text: "{{ bad-name }}" } },
      { code: "clauses.placeholderMalformed", values: { text: "{{unclosed" } },
    ]);
  });

  it("reports a declared parameter a language does not use", () => {
    const body = en.body.replace("{{portal}}", "the portal");
    expect(validateClauseDefinition(withEnglish({ body }))).toEqual([
      {
        code: "clauses.parameterUnused",
        severity: "error",
        path: "content.en.body",
        values: { locale: "en", parameter: "portal" },
      },
    ]);
  });

  it("reports a missing language and blank parts of a language", () => {
    const missing = sampleWith({ content: { en, fr } as never });
    expect(validateClauseDefinition(missing)).toEqual([
      { code: "clauses.languageMissing", severity: "error", path: "content.de", values: { locale: "de" } },
    ]);
    const blank = withEnglish({ title: " ", guidance: { ...en.guidance, pitfalls: "" } });
    expect(validateClauseDefinition(blank).map((problem) => problem.path)).toEqual([
      "content.en.title",
      "content.en.guidance.pitfalls",
    ]);
  });

  it("wants every parameter labelled in every language, and every choice option worded", () => {
    const { portal: _portal, ...parameters } = en.parameters;
    expect(validateClauseDefinition(withEnglish({ parameters }))).toMatchObject([
      { code: "clauses.parameterLabelMissing", path: "content.en.parameters.portal.label" },
    ]);
    const region = { label: "Region", options: { EU: "European Union" } };
    expect(validateClauseDefinition(withEnglish({ parameters: { ...en.parameters, region } }))).toMatchObject([
      { code: "clauses.choiceOptionLabelMissing", values: { locale: "en", option: "EEA" } },
    ]);
    const extra = { ...en.parameters, colour: { label: "Colour" } };
    expect(codes(withEnglish({ parameters: extra }))).toEqual(["clauses.parameterLabelUndeclared"]);
  });

  it("checks keys, versions, categories, statuses and topics", () => {
    expect(codes(sampleWith({ key: "Sample Clause" }))).toEqual(["clauses.keyInvalid"]);
    expect(codes(sampleWith({ version: 0 }))).toEqual(["clauses.versionInvalid"]);
    expect(codes(sampleWith({ category: "MISC" as never }))).toEqual(["clauses.categoryUnknown"]);
    expect(codes(sampleWith({ status: "NICE_TO_HAVE" as never }))).toEqual(["clauses.statusUnknown"]);
    expect(codes(sampleWith({ topics: [] }))).toEqual(["clauses.topicsMissing"]);
    // /clauses/new is the page that creates clauses: a clause cannot take its address.
    expect(codes(sampleWith({ key: "new" }))).toEqual(["clauses.keyReserved"]);
    expect(codes(sampleWith({ topics: ["FREE_LUNCH" as never] }))).toEqual(["clauses.topicUnknown"]);
  });

  it("checks parameter definitions and their defaults", () => {
    const [licence, warranty, ...rest] = SAMPLE_CLAUSE.parameters;
    const badDefaults = sampleWith({
      parameters: [{ ...licence!, default: "BUSL-1.1" } as never, { ...warranty!, default: -1 } as never, ...rest],
    });
    expect(validateClauseDefinition(badDefaults)).toEqual([
      {
        code: "clauses.defaultInvalid",
        severity: "error",
        path: "parameters.0.default",
        values: { parameter: "licence", value: "BUSL-1.1", reason: "clauses.licenceNotOsiApproved" },
      },
      {
        code: "clauses.defaultInvalid",
        severity: "error",
        path: "parameters.1.default",
        values: { parameter: "warranty", value: -1, reason: "clauses.monthsNegative" },
      },
    ]);
    const badRange = sampleWith({ parameters: [licence!, { ...warranty!, min: 10, max: 5 } as never, ...rest] });
    expect(validateClauseDefinition(badRange)).toEqual([
      {
        code: "clauses.rangeInvalid",
        severity: "error",
        path: "parameters.1",
        values: { parameter: "warranty", min: 10, max: 5 },
      },
    ]);
    // A limit typed as words, and a negative number of months: each on its own field.
    const badLimits = sampleWith({
      parameters: [licence!, { ...warranty!, min: Number.NaN, max: -2, default: undefined } as never, ...rest],
    });
    expect(validateClauseDefinition(badLimits)).toEqual([
      {
        code: "clauses.limitNotANumber",
        severity: "error",
        path: "parameters.1.min",
        values: { parameter: "warranty" },
      },
      {
        code: "clauses.limitNegative",
        severity: "error",
        path: "parameters.1.max",
        values: { parameter: "warranty", value: -2 },
      },
    ]);
    const duplicate = sampleWith({ parameters: [licence!, { ...warranty!, name: "licence" } as never, ...rest] });
    expect(codes(duplicate)).toContain("clauses.parameterDuplicate");
  });

  it("checks a text's length limit and a choice's option codes", () => {
    const change = (name: string, changes: object) =>
      sampleWith({
        parameters: SAMPLE_CLAUSE.parameters.map((parameter) =>
          parameter.name === name ? ({ ...parameter, ...changes } as never) : parameter,
        ),
      });
    const portal = SAMPLE_CLAUSE.parameters.findIndex((parameter) => parameter.name === "portal");
    const region = SAMPLE_CLAUSE.parameters.findIndex((parameter) => parameter.name === "region");
    expect(validateClauseDefinition(change("portal", { maxLength: 0 }))).toEqual([
      {
        code: "clauses.maxLengthInvalid",
        severity: "error",
        path: `parameters.${portal}.maxLength`,
        values: { parameter: "portal" },
      },
    ]);
    // "E U" has a space; the second "EU" repeats the first. Labels exist for EU and EEA only,
    // so the check also asks for the wording of the options it does not know.
    const options = validateClauseDefinition(change("region", { options: ["EU", "E U", "EU"] }));
    expect(options.slice(0, 2)).toEqual([
      {
        code: "clauses.choiceOptionInvalid",
        severity: "error",
        path: `parameters.${region}.options.1`,
        values: { parameter: "region", option: "E U" },
      },
      {
        code: "clauses.choiceOptionDuplicate",
        severity: "error",
        path: `parameters.${region}.options.2`,
        values: { parameter: "region", option: "EU" },
      },
    ]);
  });

  it("checks applicability and sources", () => {
    const applicability = { contractNatures: ["GOODS"], procedureTypes: ["AUCTION"], cpvPrefixes: ["7", "72x"] };
    expect(codes(sampleWith({ applicability: applicability as never }))).toEqual([
      "clauses.contractNatureUnknown",
      "clauses.procedureTypeUnknown",
      "clauses.cpvPrefixInvalid",
      "clauses.cpvPrefixInvalid",
    ]);
    expect(codes(sampleWith({ legalBasis: [], sources: [] }))).toEqual(["clauses.sourcesMissing"]);
    expect(
      validateClauseDefinition(sampleWith({ sources: [{ citation: "", url: "http://example.org" }] })),
    ).toMatchObject([
      { code: "clauses.sourceCitationMissing", path: "sources.0.citation" },
      { code: "clauses.sourceUrlInvalid", path: "sources.0.url" },
    ]);
  });
});

describe("validateClauseLibrary", () => {
  it("reports duplicate keys, prefixes paths with the key, and checks required topics", () => {
    const broken = sampleWith({ version: 0 });
    expect(validateClauseLibrary([SAMPLE_CLAUSE, broken])).toEqual([
      { code: "clauses.keyDuplicate", severity: "error", path: "sample-clause", values: { key: "sample-clause" } },
      { code: "clauses.versionInvalid", severity: "error", path: "sample-clause.version" },
      ...["SOURCE_CODE_DELIVERY", "EXIT_AND_PORTABILITY", "OPEN_STANDARDS", "ACCESSIBILITY"].map((topic) => ({
        code: "clauses.requiredTopicUncovered",
        severity: "error",
        path: "topics",
        values: { topic },
      })),
    ]);
  });
});

describe("findPlaceholders", () => {
  it("gives names and offsets, tolerating spaces inside the braces", () => {
    expect(findPlaceholders("For {{ months }} or {{days}}.")).toEqual({
      placeholders: [
        { name: "months", start: 4, end: 16 },
        { name: "days", start: 20, end: 28 },
      ],
      malformed: [],
    });
  });

  it("reports stray closing braces", () => {
    expect(findPlaceholders("a }} b").malformed).toEqual([{ text: "}} b", start: 2 }]);
  });
});
