import { describe, expect, it } from "vitest";
import { parseTenderJson } from "./tender-json";

describe("parseTenderJson", () => {
  it("reads a minimal tender, every field being optional", () => {
    const parsed = parseTenderJson("{}");
    expect(parsed).toMatchObject({ ok: true, input: { fields: [], award: null, usedByPeople: true } });
    expect(parsed.ok && parsed.input.clauseTopics).toBeUndefined();
  });

  it("reads a TenderDto export, ignoring the fields it does not need, with the linter's own extras", () => {
    const dto = {
      id: "t1",
      reference: "MIN-2026-0001",
      status: "DRAFT",
      title: "Case management",
      summary: "Hosted on Microsoft Azure.",
      contractNature: "SERVICES",
      procedureType: "OPEN",
      procedureGround: null,
      mainCpv: "72212000",
      additionalCpvs: [],
      documentsLanguage: "en",
      lots: [{ key: "LOT-1", title: "Lot", description: "", cpv: null, estimatedValueCents: 100 }],
      reasonsForNotDividing: "",
      requirements: [{ key: "REQ-1", text: "Must use SharePoint.", level: "MUST", criterionKey: null }],
      award: { criteria: [{ key: "price", kind: "COST", weight: 100, costFormula: "F5" }] },
      innovationPhases: [],
      sovereignty: null,
      version: 3,
      updatedAt: "2026-11-20T10:00:00.000Z",
      clauses: [{ key: "licence", topics: ["DELIVERABLES_LICENCE"], parameters: { licence: "EUPL-1.2" } }],
      usedByPeople: false,
    };
    const parsed = parseTenderJson(JSON.stringify(dto));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.input.fields.map((field) => field.field)).toEqual([
      "title",
      "summary",
      "lots.0.title",
      "requirements.0.text",
      "clauses.0.parameters.licence",
    ]);
    expect(parsed.input).toMatchObject({
      contractNature: "SERVICES",
      cpvCodes: ["72212000"],
      clauseTopics: ["DELIVERABLES_LICENCE"],
      usedByPeople: false,
    });
  });

  it("says where the JSON is broken, by line and column", () => {
    const parsed = parseTenderJson('{\n  "title": "x",\n  "summary": }');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/^is not valid JSON: line 3, column 14: Unexpected token/);
  });

  it("wants one object, not a list or a value", () => {
    expect(parseTenderJson("[]")).toEqual({ ok: false, message: "must hold one tender, as a JSON object ({ … })." });
    expect(parseTenderJson('"tender"')).toEqual({ ok: false, message: "must hold one tender, as a JSON object ({ … })." }); // prettier-ignore
  });

  it("names each field that has the wrong type or value, with its path", () => {
    const parsed = parseTenderJson(
      JSON.stringify({
        title: 42,
        requirements: [{ text: "ok" }, { text: null }],
        contractNature: "GOODS",
        award: { criteria: [{ key: "q", kind: "QUALITY", weight: "100" }] },
      }),
    );
    expect(parsed.ok).toBe(false);
    const lines = !parsed.ok ? parsed.message.split("\n") : [];
    expect(lines[0]).toBe("is not a tender the linter can read:");
    expect(lines.slice(1).map((line) => line.replace(/:.*/, ""))).toEqual([
      "  at title",
      "  at contractNature",
      "  at requirements[1].text",
      "  at award.criteria[0].weight",
    ]);
    expect(lines[1]).toContain("expected string, received number");
  });
});
