import { describe, expect, it } from "vitest";
import { compileTerms, findTerms, tokenize } from "./term-matcher";
import { format, product, vendor } from "./terms/term";
import { LOCK_IN_TERMS } from "./terms";

/** The curated list's matches in a text, as the words found. */
function found(text: string, terms = LOCK_IN_TERMS): string[] {
  const tokens = tokenize(text);
  const sentenceStarts = new Set([0, ...[...text.matchAll(/[.!?]\s+/g)].map((m) => m.index + m[0].length)]);
  return findTerms(compileTerms(terms), {
    text,
    tokens,
    isSentenceStart: (i) => sentenceStarts.has(tokens.starts[i]!),
    isExcluded: () => false,
  }).map((match) => text.slice(match.start, match.end));
}

describe("tokenize", () => {
  it("cuts the text into runs of Unicode letters and digits", () => {
    const text = "Oracle-Datenbank, l'Oracle; S/4HANA à 𝐀b";
    const tokens = tokenize(text);
    expect(tokens.starts.map((s, i) => text.slice(s, tokens.ends[i]))).toEqual(["Oracle", "Datenbank", "l", "Oracle", "S", "4HANA", "à", "𝐀b"]); // prettier-ignore
  });
});

describe("findTerms on the curated list", () => {
  it("matches whole words only, with Unicode word edges", () => {
    expect(found("Oracles, Microsoftish and SAPling are not names; Oracle-Datenbank and l'Oracle are.")).toEqual([
      "Oracle",
      "Oracle",
    ]);
  });

  it("prefers the longest alias", () => {
    expect(found("Microsoft Teams, MS-Teams, Microsoft and SAP S/4HANA")).toEqual([
      "Microsoft Teams",
      "MS-Teams",
      "Microsoft",
      "SAP S/4HANA",
    ]);
  });

  it("does not fire on ordinary words that are product names", () => {
    const traps = [
      "Project teams meet weekly. Teams must be staffed.",
      "Access control is enforced. Access to the Office is restricted during office hours.",
      "Windows must be cleaned in the maintenance windows.",
      "Word count must not exceed 500; the word count is checked.",
      "Outlook for 2027. Excel at service. Edge cases must be tested at the edge.",
      "A test oracle; the tree sap; slack in the plan. Slack time is planned.",
      "Zoom levels are set; users zoom in. Confluence of two rivers.",
      "Times are in PST. DOC is a department. Send an MSG.",
      "Le tableau 3 présente les équipes projet. Tableau 2 : fenêtres de maintenance.",
      "Die Projektteams prüfen die Zugriffskontrolle im Wartungsfenster.",
      "An elastic cloud; a power platform; the anthropic principle; civil 3d models.",
    ];
    for (const text of traps) expect(found(text), text).toEqual([]);
  });

  it("counts ambiguous names with a vendor prefix or a telling word next to them", () => {
    expect(
      found("Use MS Word, Word documents, the Word-Dokument, au format Word, Excel spreadsheets and Outlook clients."),
    ).toEqual([
      // prettier-ignore
      "MS Word",
      "Word",
      "Word",
      "format Word",
      "Excel",
      "Outlook",
    ]);
    expect(found("Meetings via Zoom; zoom in with Zoom Workplace.")).toEqual(["Zoom", "Zoom Workplace"]);
    expect(found("Slack time. Teams use Slack channels.")).toEqual(["Slack"]);
  });

  it("respects letter case where the term asks for it", () => {
    expect(found("sap, Sap and SAP; azure sky and Azure; sharepoint and SharePoint")).toEqual([
      "SAP",
      "Azure",
      "sharepoint",
      "SharePoint",
    ]);
  });

  it("reads file extensions only as extensions, not in file names", () => {
    expect(found("Deliver .docx or .DOCX files; report.docx is attached; DOCX too.")).toEqual([
      ".docx",
      ".DOCX",
      "DOCX",
    ]);
  });

  it("does not read a word inside a web or e-mail address", () => {
    expect(found("see microsoft.com or write to x@oracle.eu")).toEqual([]);
  });

  it("joins a name's words across a space, a line break or one joining character only", () => {
    const terms = [product("ms-teams", "Microsoft", ["MS Teams"]), vendor("ms", "Microsoft", ["Microsoft"])];
    expect(found("MS Teams, MS-Teams, MS\nTeams, MS. Teams, MS, Teams", terms)).toEqual(["MS Teams", "MS-Teams", "MS\nTeams"]); // prettier-ignore
  });

  it("ignores an ordinary word at the start of a sentence and before its veto words", () => {
    const terms = [product("zoom", "Zoom", ["Zoom"], { cs: true, alsoAWord: { unlessFollowedBy: ["levels"] } })];
    expect(found("Zoom is used. We use Zoom levels. We use Zoom daily.", terms)).toEqual(["Zoom"]);
  });

  it("matches format aliases needing context only next to a format word", () => {
    const terms = [
      format("doc", null, [".doc"], { name: "ODT", extension: ".odt" }, { cs: true, inContext: { aliases: ["DOC"], after: ["files"], before: ["format"] } }), // prettier-ignore
    ];
    expect(found("DOC is a unit. DOC files and format DOC and .doc", terms)).toEqual(["DOC", "DOC", ".doc"]);
  });
});
