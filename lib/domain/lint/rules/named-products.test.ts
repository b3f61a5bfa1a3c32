import { describe, expect, it } from "vitest";
import { applyFix } from "../finding";
import { lintText } from "../lint";

function found(text: string) {
  return lintText(text).map((f) => ({
    rule: f.ruleId,
    severity: f.severity,
    text: text.slice(f.location.start, f.location.end),
  }));
}

/** The text after applying the first finding's fix. */
function fixed(text: string): string {
  const fix = lintText(text)[0]?.fix;
  if (!fix) throw new Error("no fix");
  return applyFix(text, fix);
}

describe("rule 1: named products and vendors without 'or equivalent'", () => {
  it("reports the name's exact place, as an error in a requirement, with its legal basis", () => {
    const [finding, ...others] = lintText("The solution must run on Microsoft SQL Server.");
    expect(others).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: "LOCKIN-001",
      severity: "error",
      location: { section: "specification", field: "text", start: 25, end: 45 },
      code: "lint.namedProduct",
      values: { term: "Microsoft SQL Server" },
      legalBasis: "Directive 2014/24/EU Art. 42(4)",
      fix: { field: "text", start: 45, end: 45, replacement: " or equivalent" },
    });
  });

  it("is answered by the fix, which adds 'or equivalent' in the text's language", () => {
    const english = fixed("The solution must run on Microsoft SQL Server.");
    expect(english).toBe("The solution must run on Microsoft SQL Server or equivalent.");
    expect(lintText(english)).toEqual([]);
    expect(fixed("La messagerie doit utiliser Microsoft Exchange pour les agents.")).toBe(
      "La messagerie doit utiliser Microsoft Exchange ou équivalent pour les agents.",
    );
    expect(fixed("Die Lösung muss auf den SAP-Systemen der Behörde laufen.")).toBe(
      "Die Lösung muss auf den SAP-Systemen oder gleichwertig der Behörde laufen.",
    );
  });

  it("puts the words after version numbers, a product the list does not know, or at the end after a possessive", () => {
    expect(fixed("Servers must run Windows Server 2022 Datacenter.")).toBe(
      "Servers must run Windows Server 2022 or equivalent Datacenter.",
    );
    expect(fixed("Records must be classified in Microsoft Purview by staff.")).toBe(
      "Records must be classified in Microsoft Purview or equivalent by staff.",
    );
    expect(fixed("The tool must read Oracle's audit tables.")).toBe(
      "The tool must read Oracle's audit tables or equivalent.",
    );
  });

  it("accepts 'or equivalent' and its close variants in any of the three languages, in the same sentence", () => {
    const answered = [
      "The database must be Oracle Database 19c or equivalent.",
      "Files must be kept in SharePoint (or an equivalent product).",
      "Use SharePoint or any equivalent document platform.",
      "The brand name Salesforce or equal is acceptable.",
      "Le logiciel doit fonctionner sous Microsoft Windows ou équivalent.",
      "La solution doit reposer sur SAP ou toute solution équivalente.",
      "Le poste doit disposer de Microsoft Office ou l'équivalent.",
      "Die Software muss auf Windows Server oder gleichwertig laufen.",
      "Es ist Oracle Database oder ein gleichwertiges Produkt einzusetzen.",
      "Datenbank: Oracle Database o. glw.",
    ];
    for (const text of answered) expect(found(text), text).toEqual([]);
  });

  it("does not take 'or equal to' or an 'or equivalent' in another sentence as the answer", () => {
    expect(found("Storage must be greater than or equal to the Oracle Database size.")).toEqual([
      { rule: "LOCKIN-001", severity: "error", text: "Oracle Database" },
    ]);
    expect(found("Use SharePoint. Or equivalent.")).toEqual([
      { rule: "LOCKIN-001", severity: "warning", text: "SharePoint" },
    ]);
  });

  it("only warns about a sentence that describes instead of requiring", () => {
    expect(found("The authority currently uses SAP for its finance.")).toEqual([
      { rule: "LOCKIN-001", severity: "warning", text: "SAP" },
    ]);
    expect(found("Le système doit remplacer l'outil actuel sous Oracle.")).toEqual([
      { rule: "LOCKIN-001", severity: "error", text: "Oracle" },
    ]);
  });

  it("reports trade marks the list does not know by their sign, as a warning", () => {
    const [finding] = lintText("The Acme Cloud® platform must be used.");
    expect(finding).toMatchObject({
      ruleId: "LOCKIN-001",
      severity: "warning",
      location: { start: 4, end: 15 },
      code: "lint.trademarkSign",
      values: { term: "Acme Cloud" },
      fix: { start: 15, end: 15, replacement: " or equivalent" },
    });
    expect(found("SharePoint® or equivalent is used.")).toEqual([]);
  });

  it("does not fire on the ordinary words that are also product names, alone or in a sentence", () => {
    const words = ["Teams", "Word", "Access", "Office", "Windows", "Outlook", "Excel", "Edge"];
    for (const word of words) {
      expect(found(word), word).toEqual([]);
      expect(found(`The ${word} must be reviewed.`), word).toEqual([]);
      expect(found(`Reviewers check the ${word} weekly.`), word).toEqual([]);
    }
    for (const phrase of ["Word count", "project teams", "access control", "office hours", "maintenance windows"]) {
      expect(found(`${phrase} must be reported.`), phrase).toEqual([]);
      expect(found(`The ${phrase} must be reported.`), phrase).toEqual([]);
    }
  });

  it("does not fire on ordinary words, web addresses or a text without names", () => {
    const quiet = [
      "Project teams hold office hours; access control applies during maintenance windows.",
      "The word count must stay below 500. Windows and Office must be cleaned weekly.",
      "Les équipes projet travaillent pendant les heures de bureau.",
      "Die Projektteams arbeiten im Wartungsfenster.",
      "Details at https://www.oracle.com/database and sales@sap.com.",
      "",
    ];
    for (const text of quiet) expect(found(text), text).toEqual([]);
  });
});
