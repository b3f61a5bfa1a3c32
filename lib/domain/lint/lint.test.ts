import { describe, expect, it } from "vitest";
import { applyFix } from "./finding";
import { lintTender, lintText } from "./lint";
import type { LintTenderInput } from "./tender-input";

const base: LintTenderInput = {
  fields: [],
  contractNature: "SERVICES",
  procedureType: "OPEN",
  procedureGround: null,
  cpvCodes: ["48000000"],
  award: null,
};

describe("lintTender", () => {
  it("lints every field and every structured rule, in the task list's order", () => {
    const input: LintTenderInput = {
      ...base,
      procedureType: "NEGOTIATED_WITHOUT_PUBLICATION",
      procedureGround: "ART_32_2_B_TECHNICAL",
      fields: [
        { section: "requirements", field: "requirements.0.text", text: "Use SharePoint." },
        { section: "about", field: "title", text: "Renewal of the Citrix platform" },
        {
          section: "about",
          field: "summary",
          text: "Negotiated procedure without prior publication for technical reasons.",
        },
        { section: "clauses", field: "clauses.0.parameters.formats", text: "Deliver .xlsx files." },
      ],
      clauseTopics: ["DELIVERABLES_LICENCE", "SOURCE_CODE_DELIVERY", "EXIT_AND_PORTABILITY", "OPEN_STANDARDS"],
      usedByPeople: false,
    };
    expect(lintTender(input).map((f) => `${f.ruleId} ${f.severity} ${f.location.section}:${f.location.field}`)).toEqual(
      [
        "LOCKIN-001 warning about:title",
        "LOCKIN-007 warning procedure:procedureGround",
        "LOCKIN-001 error requirements:requirements.0.text",
        "LOCKIN-002 warning clauses:clauses.0.parameters.formats",
      ],
    );
  });

  it("makes any name in a requirement's text an error, whatever its wording", () => {
    const fields = [{ section: "requirements" as const, field: "requirements.2.text", text: "Reporting in Power BI." }];
    expect(lintTender({ ...base, fields })).toMatchObject([
      { ruleId: "LOCKIN-001", severity: "error", location: { field: "requirements.2.text", start: 13, end: 21 } },
    ]);
  });

  it("writes fixes in the documents' language, or the language the texts are in", () => {
    const fields = [{ section: "about" as const, field: "title", text: "SAP" }];
    expect(lintTender({ ...base, fields, documentsLanguage: "de" })[0]?.fix?.replacement).toBe(" oder gleichwertig");
    const french = [
      { section: "about" as const, field: "title", text: "SAP" },
      { section: "about" as const, field: "summary", text: "La solution doit être livrée avec le code source." },
    ];
    expect(lintTender({ ...base, fields: french, documentsLanguage: "nl" })[0]?.fix?.replacement).toBe(
      " ou équivalent",
    );
    const own = [{ section: "about" as const, field: "title", text: "SAP", language: "fr" as const }];
    expect(lintTender({ ...base, fields: own, documentsLanguage: "de" })[0]?.fix).toEqual({
      field: "title",
      start: 3,
      end: 3,
      replacement: " ou équivalent",
    });
  });

  it("keeps rule 7's wording check for texts when the procedure itself does not draw it", () => {
    const fields = [
      {
        section: "about" as const,
        field: "summary",
        text: "Negotiated procedure without publication: exclusive rights.",
      },
    ];
    expect(lintTender({ ...base, fields }).map((f) => f.code)).toEqual(["lint.noAlternativeAnalysisWording"]);
  });

  it("gives findings keys that survive edits elsewhere and tell repeated names apart", () => {
    const text = "Use SharePoint. Then SharePoint again.";
    const keys = lintText(text).map((f) => f.key);
    expect(keys).toEqual([
      "LOCKIN-001|text|lint.namedProduct|SharePoint",
      "LOCKIN-001|text|lint.namedProduct|SharePoint#2",
    ]);
    expect(lintText(`Introduction. ${text}`).map((f) => f.key)).toEqual(keys);
  });

  it("returns fixes that apply to the field they name", () => {
    const fields = [{ section: "lots" as const, field: "lots.1.description", text: "Hosting on AWS." }];
    const [finding] = lintTender({ ...base, fields });
    expect(finding?.fix?.field).toBe("lots.1.description");
    expect(applyFix(fields[0]!.text, finding!.fix!)).toBe("Hosting on AWS or equivalent.");
  });
});

describe("lintText", () => {
  it("places findings where it is told", () => {
    const [finding] = lintText("Hosting on AWS.", "en", { section: "requirements", field: "requirements.4.text" });
    expect(finding?.location).toEqual({ section: "requirements", field: "requirements.4.text", start: 11, end: 14 });
    expect(finding?.fix?.field).toBe("requirements.4.text");
  });
});
