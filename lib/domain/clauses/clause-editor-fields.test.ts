import { describe, expect, it } from "vitest";
import { editorFieldOf, editorProblem } from "./clause-editor-fields";
import type { ClauseParameter } from "./clause-model";

const clause = {
  parameters: [
    { name: "months", kind: "MONTHS", required: true },
    { name: "location", kind: "CHOICE", required: true, options: ["EU", "EEA"] },
  ] as ClauseParameter[],
};

describe("where the editor shows a problem of the clause check", () => {
  it("keeps the paths the form has as they are, and lists on their list", () => {
    expect(editorFieldOf("content.fr.body", clause)).toBe("content.fr.body");
    expect(editorFieldOf("content.de.guidance.pitfalls", clause)).toBe("content.de.guidance.pitfalls");
    expect(editorFieldOf("content.de", clause)).toBe("content.de.title");
    expect(editorFieldOf("applicability.cpvPrefixes.1", clause)).toBe("applicability.cpvPrefixes");
    expect(editorFieldOf("topics.0", clause)).toBe("topics");
    expect(editorFieldOf("legalBasis.2.url", clause)).toBe("legalBasis.2.url");
    expect(editorFieldOf("sources", clause)).toBe("sources");
    expect(editorFieldOf(undefined, clause)).toBe("_form");
    expect(editorFieldOf("version", clause)).toBe("_form");
  });

  it("puts parameter problems on the parameter's own fields", () => {
    expect(editorFieldOf("parameters.0.default", clause)).toBe("parameters.0.default");
    // One standard of a default list: the default field.
    expect(editorFieldOf("parameters.0.default.2", clause)).toBe("parameters.0.default");
    expect(editorFieldOf("parameters.0", clause)).toBe("parameters.0.max");
    expect(editorFieldOf("parameters.1.minItems", clause)).toBe("parameters.1.min");
    expect(editorFieldOf("parameters.1.options.1", clause)).toBe("parameters.1.options.1.value");
    // Labels live per language in the clause, per parameter in the form: found by name.
    expect(editorFieldOf("content.fr.parameters.location.label", clause)).toBe("parameters.1.text.fr.label");
    expect(editorFieldOf("content.de.parameters.location.options.EEA", clause)).toBe(
      "parameters.1.options.1.wording.de",
    );
    expect(editorFieldOf("content.de.parameters.unknown.label", clause)).toBe("_form");
    // An option whose code is still blank is found by its blank code.
    const blankOption = {
      parameters: [{ name: "location", kind: "CHOICE", required: true, options: ["EU", ""] }] as ClauseParameter[],
    };
    expect(editorFieldOf("content.fr.parameters.location.options.", blankOption)).toBe(
      "parameters.0.options.1.wording.fr",
    );
  });

  it("says what is wrong with a default in the words of the rule it breaks", () => {
    expect(
      editorProblem(
        {
          code: "clauses.defaultInvalid",
          severity: "error",
          path: "parameters.0.default",
          values: { parameter: "months", value: -3, reason: "clauses.monthsNegative" },
        },
        clause,
      ),
    ).toEqual({
      field: "parameters.0.default",
      code: "clauses.monthsNegative",
      values: { parameter: "months", value: -3 },
    });
    expect(
      editorProblem(
        { code: "clauses.titleMissing", severity: "error", path: "content.fr.title", values: { locale: "fr" } },
        clause,
      ),
    ).toEqual({ field: "content.fr.title", code: "clauses.titleMissing", values: { locale: "fr" } });
  });
});
