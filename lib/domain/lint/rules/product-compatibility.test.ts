import { describe, expect, it } from "vitest";
import { lintText } from "../lint";

function found(text: string) {
  return lintText(text).map((f) => ({ rule: f.ruleId, text: text.slice(f.location.start, f.location.end) }));
}

describe("rule 4: compatibility with a product instead of a standard", () => {
  it("reports the phrase and the product as a warning, without a one-click fix, instead of rule 1", () => {
    const text = "The system must be compatible with Microsoft Exchange.";
    expect(lintText(text)).toEqual([
      {
        ruleId: "LOCKIN-004",
        severity: "warning",
        location: { section: "specification", field: "text", start: 19, end: 53 },
        code: "lint.compatibleWithProduct",
        values: { product: "Microsoft Exchange", phrase: "compatible with Microsoft Exchange" },
        legalBasis: "Directive 2014/24/EU Art. 42(2)–(4)",
        key: "LOCKIN-004|text|lint.compatibleWithProduct|compatible with Microsoft Exchange",
      },
    ]);
  });

  it("finds the phrase in English, French and German word orders", () => {
    const cases: [string, string][] = [
      ["The portal must integrate with the authority's existing SAP ERP.", "integrate with the authority's existing SAP ERP"], // prettier-ignore
      ["La solution doit être compatible avec Oracle Database.", "compatible avec Oracle Database"],
      ["Die Lösung muss kompatibel mit SAP sein.", "kompatibel mit SAP"],
      ["Die Lösung muss mit SAP S/4HANA kompatibel sein.", "SAP S/4HANA kompatibel"],
      ["Das Modul muss in Microsoft Teams integrierbar sein.", "Microsoft Teams integrierbar"],
    ];
    for (const [text, span] of cases) expect(found(text), text).toEqual([{ rule: "LOCKIN-004", text: span }]);
  });

  it("does not fire for standards, unnamed systems, or a name past the clause", () => {
    expect(found("The system must be compatible with ODF, OpenAPI 3.1 and CalDAV.")).toEqual([]);
    expect(found("It must integrate with the existing case management system.")).toEqual([]);
    expect(found("It must be compatible with the portal, and Oracle hosts the data.")).toEqual([
      { rule: "LOCKIN-001", text: "Oracle" },
    ]);
    expect(found("Files must be compatible with .docx.")).toEqual([{ rule: "LOCKIN-002", text: ".docx" }]);
  });
});
