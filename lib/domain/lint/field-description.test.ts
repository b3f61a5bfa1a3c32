import { describe, expect, it } from "vitest";
import { describeField } from "./field-description";

describe("a finding's field in words", () => {
  it.each([
    ["summary", "summary", {}],
    ["requirements", "requirements", {}],
    ["requirements.3.text", "requirement", { number: 4 }],
    ["lots.1.description", "lot.description", { lot: 2 }],
    ["lots.0.title", "lot.title", { lot: 1 }],
    ["criteria.0.children.1.name", "criterion.name", { number: "1.2" }],
    ["criteria.2.description", "criterion.description", { number: "3" }],
    ["criteria.1.children.0", "criterion.weight", { number: "2.1" }],
    ["phases.0.goNoGoCriteria.2", "phase.goNoGoCriteria", { phase: 1, number: 3 }],
    ["minimumSeal.SOV-3.justification", "sealJustification", { objective: "SOV-3" }],
    ["clauses.2.parameters.formats.0", "clauseParameter", { clause: 3, parameter: "formats" }],
    ["something.else", "other", { field: "something.else" }],
  ])("%s", (field, code, values) => {
    expect(describeField(field)).toEqual({ code, values });
  });
});
