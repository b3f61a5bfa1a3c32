import { describe, expect, it } from "vitest";
import { validateClauseDefinition } from "./clause-definition";
import {
  applyClauseDraft,
  clauseFromNewDraft,
  draftOf,
  editorFieldOf,
  readCpvPrefixes,
  readDefault,
} from "./clause-draft";
import type { ClauseParameter } from "./clause-model";
import { CLAUSE_LIBRARY } from "./library";

const exitPlan = CLAUSE_LIBRARY.find((clause) => clause.key === "exit-plan-and-data-portability")!;

describe("the library editor's drafts", () => {
  it("makes the next version with the edited texts, status, applicability and defaults, keeping the rest", () => {
    const draft = draftOf(exitPlan);
    expect(draft.parameters).toEqual([
      { name: "exitPlanMonths", default: "6" },
      { name: "exportFormats", default: "CSV-RFC4180, JSON-RFC8259" },
      { name: "exportDays", default: "30" },
    ]);
    const next = applyClauseDraft(
      exitPlan,
      {
        ...draft,
        status: "RECOMMENDED",
        applicability: { contractNatures: ["SERVICES"], procedureTypes: [], cpvPrefixes: ["72"] },
        parameters: [
          { name: "exitPlanMonths", default: "9" },
          { name: "exportFormats", default: "CSV-RFC4180 JSON-RFC8259" },
          { name: "exportDays", default: "" },
        ],
        content: { ...draft.content, fr: { ...draft.content.fr, title: "Plan de sortie" } },
      },
      2,
    );
    expect(next.version).toBe(2);
    expect(next.status).toBe("RECOMMENDED");
    expect(next.applicability).toEqual({ contractNatures: ["SERVICES"], procedureTypes: [], cpvPrefixes: ["72"] });
    expect(next.parameters.map((parameter) => parameter.default)).toEqual([
      9,
      ["CSV-RFC4180", "JSON-RFC8259"],
      undefined,
    ]);
    expect("default" in next.parameters[2]!).toBe(false);
    expect(next.content.fr.title).toBe("Plan de sortie");
    expect(next.content.fr.parameters).toBe(exitPlan.content.fr.parameters);
    expect(next.sources).toBe(exitPlan.sources);
    expect(exitPlan.version).toBe(1);
    expect(validateClauseDefinition(next)).toEqual([]);
  });

  it("reads defaults by kind, keeping text that is not a number for the check to report", () => {
    const months = { name: "m", kind: "MONTHS", required: true } as ClauseParameter;
    expect(readDefault(months, " 12 ")).toBe(12);
    expect(readDefault(months, "99,5")).toBe(99.5);
    expect(readDefault(months, "twelve")).toBe("twelve");
    expect(readDefault(months, "  ")).toBeUndefined();
    const standards = { name: "s", kind: "STANDARDS", required: true } as ClauseParameter;
    expect(readDefault(standards, "ODF-1.3,  PDF-A-2;")).toEqual(["ODF-1.3", "PDF-A-2"]);
    expect(readCpvPrefixes("48, 72 ;30")).toEqual(["48", "72", "30"]);
  });

  it("puts each definition problem on the field of the form that can fix it", () => {
    expect(editorFieldOf("content.fr.body")).toBe("content.fr.body");
    expect(editorFieldOf("content.de.guidance.pitfalls")).toBe("content.de.guidance.pitfalls");
    expect(editorFieldOf("content.de")).toBe("content.de.title");
    expect(editorFieldOf("applicability.cpvPrefixes.1")).toBe("applicability.cpvPrefixes");
    expect(editorFieldOf("topics.0")).toBe("topics");
    expect(editorFieldOf("parameters.2.default")).toBe("parameters.2.default");
    expect(editorFieldOf("sources.0.url")).toBe("source.url");
    expect(editorFieldOf("content.en.parameters.months.label")).toBe("_form");
    expect(editorFieldOf(undefined)).toBe("_form");
  });

  it("starts a new clause at version 1 without parameters, and its check names the language at fault", () => {
    const text = (title: string) => ({
      title,
      body: "The Contractor documents the interfaces.",
      guidance: { why: "w", whenToUse: "u", pitfalls: "p" },
    });
    const clause = clauseFromNewDraft({
      key: "documented-interfaces",
      category: "INTEROPERABILITY",
      topics: ["INTEROPERABILITY"],
      status: "OPTIONAL",
      applicability: { contractNatures: [], procedureTypes: [], cpvPrefixes: [] },
      source: { citation: "EIF", url: "https://ec.europa.eu/isa2/eif_en" },
      content: {
        en: text("Documented interfaces"),
        fr: text("Interfaces documentées"),
        de: { ...text(""), body: "Siehe {{days}}." },
      },
    });
    expect(clause).toMatchObject({ version: 1, parameters: [], legalBasis: [] });
    expect(validateClauseDefinition(clause).map((problem) => [problem.code, problem.path])).toEqual([
      ["clauses.titleMissing", "content.de.title"],
      ["clauses.placeholderUndeclared", "content.de.body"],
    ]);
  });
});
