import { describe, expect, it } from "vitest";
import { chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { findLibraryClause } from "@/lib/domain/clauses/library";
import type { MandatoryClauseRemoval } from "@/lib/domain/clauses/mandatory-removals";
import { revisedTemplateContent, sampleTemplateContent } from "@/scripts/testing/template-content-sample";
import { prefillFromTemplate } from "./prefill-tender";
import { takeOverSection, type TemplateFilledFields } from "./take-over-section";

const v1 = sampleTemplateContent();
const v2 = revisedTemplateContent(v1);

// The library's version 1 of every clause the tests name, as the server would load them.
const definitions = new Map<string, Clause>(
  ["deliverables-licence", "exit-plan-and-data-portability", "escrow", "documented-apis", "signed-releases"].map(
    (key) => [chosenVersionKey(key, 1), findLibraryClause(key)!],
  ),
);

/** A tender as started from v1, before the drafter changed anything. */
function startedFromV1(): TemplateFilledFields {
  const prefill = prefillFromTemplate(v1, "en");
  return { ...prefill, procedureGround: null, clauseRemovals: [] };
}

const escrowRemoval: MandatoryClauseRemoval = {
  key: "escrow",
  version: 1,
  justification: "Monthly source code delivery instead.",
  userId: "u1",
  userName: "Dana Drafter",
  at: "2026-11-22T10:00:00.000Z",
};

describe("taking over the clauses", () => {
  it("takes the newer defaults, keeps what the drafter changed, and keeps the drafter's own clauses", () => {
    const tender = startedFromV1();
    // The drafter set the export time to 45 days (exitPlanMonths is still v1's 6), removed escrow
    // with a justification, and added signed-releases from the library.
    tender.clauses = [
      { key: "deliverables-licence", version: 1, values: {} },
      { key: "exit-plan-and-data-portability", version: 1, values: { exitPlanMonths: 6, exportDays: 45 } },
      { key: "documented-apis", version: 1, values: {} },
      { key: "signed-releases", version: 1, values: {} },
    ];
    tender.clauseRemovals = [escrowRemoval];

    const result = takeOverSection({ section: "clauses", tender, base: v1, newer: v2, definitions });
    // v2's included clauses in its order: the exit plan gets v2's 3 months (6 was v1's default,
    // not the drafter's) and keeps the drafter's 45 days; escrow comes back with v2's 6 months and
    // its removal record goes; signed-releases (the drafter's own) follows.
    expect(result).toEqual({
      data: {
        clauses: [
          { key: "deliverables-licence", version: 1, values: {} },
          { key: "exit-plan-and-data-portability", version: 1, values: { exitPlanMonths: 3, exportDays: 45 } },
          { key: "escrow", version: 1, values: { depositMonths: 6 } },
          { key: "documented-apis", version: 1, values: {} },
          { key: "signed-releases", version: 1, values: {} },
        ],
        clauseRemovals: [],
      },
      droppedValues: [],
    });
  });

  it("drops a value the clause no longer accepts and says which", () => {
    const tender = startedFromV1();
    // exportDays allows 1 to 90 days: 200 cannot be carried over.
    tender.clauses[1] = {
      key: "exit-plan-and-data-portability",
      version: 1,
      values: { exitPlanMonths: 6, exportDays: 200 },
    };
    const result = takeOverSection({ section: "clauses", tender, base: v1, newer: v2, definitions });
    expect(result.droppedValues).toEqual([{ key: "exit-plan-and-data-portability", parameters: ["exportDays"] }]);
    expect(result.data.clauses![1]).toEqual({
      key: "exit-plan-and-data-portability",
      version: 1,
      values: { exitPlanMonths: 3 },
    });
  });

  it("removes what the template no longer includes, but never a clause the library makes mandatory", () => {
    const tender = startedFromV1();
    // v3 drops documented-apis (recommended) and deliverables-licence (mandatory in the library).
    const v3 = structuredClone(v2);
    v3.clauses = v3.clauses.filter((clause) => !["documented-apis", "deliverables-licence"].includes(clause.key));
    const result = takeOverSection({ section: "clauses", tender, base: v1, newer: v3, definitions });
    expect(result.data.clauses!.map((clause) => clause.key)).toEqual([
      "exit-plan-and-data-portability",
      "escrow",
      "deliverables-licence",
    ]);
  });
});

describe("taking over the requirements", () => {
  it("replaces the template's requirements and keeps the drafter's own after them", () => {
    const tender = startedFromV1();
    // The drafter rewrote REQ-01, deleted REQ-03 and added REQ-10.
    tender.requirements = [
      { ...tender.requirements[0]!, text: "Rewritten by the drafter" },
      tender.requirements[1]!,
      { key: "REQ-10", text: "Training for 20 case workers.", level: "SHOULD", criterionKey: null },
    ];
    const result = takeOverSection({ section: "requirements", tender, base: v1, newer: v2, definitions });
    // v2's REQ-01 (as v1 wrote it), REQ-02 reworded, REQ-03 back, REQ-07 new; then REQ-10.
    expect(result.data.requirements!.map((requirement) => [requirement.key, requirement.text.slice(0, 20)])).toEqual([
      ["REQ-01", "All source code writ"],
      ["REQ-02", "Case workers open, a"],
      ["REQ-03", "The 1.2 million exis"],
      ["REQ-07", "The software runs on"],
      ["REQ-10", "Training for 20 case"],
    ]);
    expect(result.data.requirements![1]!.text).toBe(
      "Case workers open, assign, follow and close cases, with a complete audit trail.",
    );
  });
});

describe("taking over the simple sections", () => {
  it("sets the procedure the newer version names, and clears a legal ground that belonged to another procedure", () => {
    const tender = {
      ...startedFromV1(),
      procedureType: "COMPETITIVE_NEGOTIATION" as const,
      procedureGround: "ART_26_4_A",
    };
    expect(takeOverSection({ section: "procedure", tender, base: v1, newer: v2, definitions }).data).toEqual({
      procedureType: "OPEN",
      procedureGround: null,
    });
    const same = { ...tender, procedureType: "OPEN" as const };
    expect(takeOverSection({ section: "procedure", tender: same, base: v1, newer: v2, definitions }).data).toEqual({
      procedureType: "OPEN",
      procedureGround: "ART_26_4_A",
    });
  });

  it("takes the award criteria and the sovereignty profile whole", () => {
    const v3 = structuredClone(v2);
    v3.award!.criteria[0]!.weight = 40;
    v3.award!.criteria[1]!.weight = 40;
    v3.sovereignty!.weights["SOV-1"] = 20;
    const tender = startedFromV1();
    expect(takeOverSection({ section: "criteria", tender, base: v1, newer: v3, definitions }).data).toEqual({
      award: v3.award,
    });
    expect(takeOverSection({ section: "sovereignty", tender, base: v1, newer: v3, definitions }).data).toEqual({
      sovereignty: v3.sovereignty,
    });
  });

  it("takes the contract nature and the main CPV code", () => {
    const v3 = structuredClone(v2);
    v3.intendedUse.contractNature = "SUPPLIES";
    v3.intendedUse.cpvPrefixes = ["48000000"];
    const tender = startedFromV1();
    expect(takeOverSection({ section: "about", tender, base: v1, newer: v3, definitions }).data).toEqual({
      contractNature: "SUPPLIES",
    });
    expect(takeOverSection({ section: "scope", tender, base: v1, newer: v3, definitions }).data).toEqual({
      mainCpv: "48000000",
    });
  });
});
