import { describe, expect, it } from "vitest";
import { validateClauseDefinition } from "./clause-definition";
import { clauseFromDraft, draftOf, emptyClauseDraft, readCpvPrefixes, type ClauseDraft } from "./clause-draft";
import { CLAUSE_LIBRARY } from "./library";
import { emptyParameterDraft } from "./parameter-draft";

const exitPlan = CLAUSE_LIBRARY.find((clause) => clause.key === "exit-plan-and-data-portability")!;

describe("the library editor's drafts", () => {
  it("gives back every shipped clause unchanged when nothing is edited", () => {
    // The editor shows the whole clause, so saving without a change must not change anything.
    for (const clause of CLAUSE_LIBRARY) {
      expect(clauseFromDraft(clause.key, clause.version, draftOf(clause)), clause.key).toEqual(clause);
    }
  });

  it("makes the next version with the edited texts, status, applicability, parameters and sources", () => {
    const draft = draftOf(exitPlan);
    expect(draft.parameters.map((parameter) => [parameter.name, parameter.kind, parameter.default])).toEqual([
      ["exitPlanMonths", "MONTHS", "6"],
      ["exportFormats", "STANDARDS", "CSV-RFC4180, JSON-RFC8259"],
      ["exportDays", "DAYS", "30"],
    ]);
    const next = clauseFromDraft("exit-plan-and-data-portability", 2, {
      ...draft,
      status: "RECOMMENDED",
      applicability: { contractNatures: ["SERVICES"], procedureTypes: [], cpvPrefixes: ["72"] },
      parameters: [
        { ...draft.parameters[0]!, default: "9" },
        { ...draft.parameters[1]!, default: "CSV-RFC4180 JSON-RFC8259" },
        { ...draft.parameters[2]!, default: "" },
      ],
      sources: [
        ...draft.sources,
        { citation: " Data Act, Art. 25 ", url: "https://eur-lex.europa.eu/eli/reg/2023/2854/oj" },
      ],
      content: { ...draft.content, fr: { ...draft.content.fr, title: "Plan de sortie " } },
    });
    expect(next.version).toBe(2);
    expect(next.status).toBe("RECOMMENDED");
    expect(next.applicability).toEqual({ contractNatures: ["SERVICES"], procedureTypes: [], cpvPrefixes: ["72"] });
    // "9" is read as the number 9; the standards as a list; a blank default is no default.
    expect(next.parameters.map((parameter) => parameter.default)).toEqual([
      9,
      ["CSV-RFC4180", "JSON-RFC8259"],
      undefined,
    ]);
    expect("default" in next.parameters[2]!).toBe(false);
    expect(next.content.fr.title).toBe("Plan de sortie");
    expect(next.content.fr.parameters).toEqual(exitPlan.content.fr.parameters);
    expect(next.sources.at(-1)).toEqual({
      citation: "Data Act, Art. 25",
      url: "https://eur-lex.europa.eu/eli/reg/2023/2854/oj",
    });
    expect(exitPlan.version).toBe(1);
    expect(validateClauseDefinition(next)).toEqual([]);
  });

  it("builds a new clause with a parameter, its labels in three languages and a source", () => {
    const empty = emptyClauseDraft();
    const text = (language: string) => ({
      title: `Response time (${language})`,
      body: `The Contractor answers within {{responseDays}} (${language}).`,
      guidance: { why: "w", whenToUse: "u", pitfalls: "p" },
    });
    const draft: ClauseDraft = {
      ...empty,
      category: "SUPPORT",
      status: "OPTIONAL",
      topics: ["MAINTENANCE_AND_SUPPORT"],
      parameters: [
        {
          ...emptyParameterDraft(),
          name: "responseDays",
          kind: "DAYS",
          max: "30",
          default: "5",
          text: {
            en: { label: "Response time", hint: "" },
            fr: { label: "Délai de réponse", hint: "En jours ouvrés." },
            de: { label: "Antwortfrist", hint: "" },
          },
        },
      ],
      sources: [{ citation: "EIF", url: "https://ec.europa.eu/isa2/eif_en" }],
      content: { en: text("en"), fr: text("fr"), de: text("de") },
    };
    const clause = clauseFromDraft("response-time", 1, draft);
    expect(clause.parameters).toEqual([{ name: "responseDays", kind: "DAYS", required: true, max: 30, default: 5 }]);
    expect(clause.content.fr.parameters).toEqual({
      responseDays: { label: "Délai de réponse", hint: "En jours ouvrés." },
    });
    expect(clause.content.en.parameters).toEqual({ responseDays: { label: "Response time" } });
    expect(validateClauseDefinition(clause)).toEqual([]);
  });

  it("reads CPV prefixes as typed", () => {
    expect(readCpvPrefixes("48, 72 ;30")).toEqual(["48", "72", "30"]);
    expect(readCpvPrefixes("  ")).toEqual([]);
  });
});
