import { describe, expect, it } from "vitest";
import { applyFix } from "../finding";
import { lintText } from "../lint";

function found(text: string) {
  return lintText(text).map((f) => ({ rule: f.ruleId, text: text.slice(f.location.start, f.location.end) }));
}

describe("rule 2: proprietary file formats without an open alternative", () => {
  it("reports the format as a warning and offers the open one by extension", () => {
    const text = "Reports shall be delivered as .docx files.";
    const [finding, ...others] = lintText(text);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: "LOCKIN-002",
      severity: "warning",
      location: { start: 30, end: 35 },
      code: "lint.proprietaryFormat",
      values: { format: ".docx", alternative: ".odt" },
      fix: { start: 35, end: 35, replacement: " or .odt" },
    });
    const corrected = applyFix(text, finding!.fix!);
    expect(corrected).toBe("Reports shall be delivered as .docx or .odt files.");
    expect(lintText(corrected)).toEqual([]);
  });

  it("offers the open format by name after a name, in the text's language", () => {
    const fixOf = (text: string) => lintText(text)[0]?.fix?.replacement;
    expect(fixOf("Budgets must be sent in XLSX.")).toBe(" or ODS");
    expect(fixOf("Les tableaux doivent être transmis au format Excel.")).toBe(" ou ODS");
    expect(fixOf("Die Postfächer sind als PST-Dateien zu übergeben.")).toBe(" oder EML");
    expect(fixOf("Data is delivered as an Oracle Data Pump export.")).toBe(" or SQL");
    expect(fixOf("Plans must be drawn in DWG.")).toBe(" or IFC");
  });

  it("is satisfied by an open format in the same sentence, in any language", () => {
    const answered = [
      "Deliver minutes as .docx and as ODF documents.",
      "Mailboxes are exported as .pst files, and as EML for the archive.",
      "Les fichiers .xlsx sont acceptés avec une copie CSV.",
      "Berichte als .pptx oder PDF/A liefern.",
      "All data must be exported in an open format; .mdb files may be kept.",
    ];
    for (const text of answered) expect(found(text), text).toEqual([]);
  });

  it("does not count SQL Server or Office Open XML as open formats", () => {
    expect(found("Export the .mdb database to SQL Server.")).toEqual([
      { rule: "LOCKIN-002", text: ".mdb" },
      { rule: "LOCKIN-001", text: "SQL Server" },
    ]);
    expect(found("Deliver .docx files (Office Open XML).")).toEqual([{ rule: "LOCKIN-002", text: ".docx" }]);
  });

  it("reads three-letter names as formats only next to a format word, and file names not at all", () => {
    expect(found("Deliver PST files and DOC format; times are in PST; report.docx is attached.")).toEqual([
      { rule: "LOCKIN-002", text: "PST" },
      { rule: "LOCKIN-002", text: "DOC" },
    ]);
  });
});
