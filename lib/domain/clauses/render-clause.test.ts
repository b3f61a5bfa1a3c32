import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderClause } from "./render-clause";
import { SAMPLE_CLAUSE } from "./testing/sample-clause";

// Intl puts no-break spaces in French and German numbers ("99,5 %"); compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("renderClause", () => {
  it("fills every placeholder with values and defaults, in English", () => {
    const rendered = renderClause(
      SAMPLE_CLAUSE,
      { fixDays: 1, trainees: 1200, formats: ["ODF-1.3", "PDF-A-2", "CSV-RFC4180"], portal: "Citizens' *portal*" },
      "en",
    );
    expect(rendered.title).toBe("Sample");
    expect(rendered.body).toBe(
      "Licence EUPL-1.2 (European Union Public License 1.2); warranty 12 months; fixes within 1 day; " +
        "response 4 hours; availability 99.5%; 1,200 trainees; " +
        "formats OpenDocument Format (ODF) 1.3, PDF/A-2 (ISO 19005-2), and CSV (RFC 4180); " +
        "portal Citizens' \\*portal\\*; repository <https://code.europa.eu>; data in the European Union.",
    );
  });

  it("writes numbers, units, lists and options the French way", () => {
    const rendered = renderClause(SAMPLE_CLAUSE, { fixDays: 30, warranty: 1, trainees: 1200, region: "EEA" }, "fr");
    expect(plain(rendered.body)).toBe(
      "Licence EUPL-1.2 (European Union Public License 1.2) ; garantie 1 mois ; corrections dans un délai de 30 jours ; " +
        "réponse 4 heures ; disponibilité 99,5 % ; 1 200 stagiaires ; " +
        "formats OpenDocument Format (ODF) 1.3 et PDF/A-2 (ISO 19005-2) ; portail \\[Portal name\\] ; " +
        "dépôt <https://code.europa.eu> ; données dans l'Espace économique européen.",
    );
  });

  it("writes numbers, units and lists the German way", () => {
    const rendered = renderClause(SAMPLE_CLAUSE, { fixDays: 1, warranty: 24, licence: "mpl-2.0" }, "de");
    expect(plain(rendered.body)).toContain("Lizenz MPL-2.0 (Mozilla Public License 2.0); Gewährleistung 24 Monate;");
    expect(plain(rendered.body)).toContain("Korrekturen spätestens 1 Tag danach; Reaktion 4 Stunden;");
    expect(plain(rendered.body)).toContain("Verfügbarkeit 99,5 %; \\[Trainees\\] Teilnehmende;");
    expect(plain(rendered.body)).toContain("Formate OpenDocument Format (ODF) 1.3 und PDF/A-2 (ISO 19005-2);");
  });

  it("shows a missing required value as its label in brackets", () => {
    expect(renderClause(SAMPLE_CLAUSE, {}, "en").body).toContain("fixes within \\[Fix time\\];");
  });

  it("prints unknown ids as typed rather than dropping them", () => {
    const body = renderClause(SAMPLE_CLAUSE, { fixDays: 2, licence: "Our_Licence", formats: ["DOCX"] }, "en").body;
    expect(body).toContain("Licence Our\\_Licence;");
    expect(body).toContain("formats DOCX;");
  });
});

describe("escapeMarkdown", () => {
  it("keeps text on one line and neutralises formatting and links", () => {
    expect(escapeMarkdown("  [click](https://evil.example)\n# Title <b>x</b> ")).toBe(
      "\\[click\\](https://evil.example) \\# Title \\<b\\>x\\</b\\>",
    );
  });
});
