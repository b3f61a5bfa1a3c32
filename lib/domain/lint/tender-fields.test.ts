import { describe, expect, it } from "vitest";
import { lintInputFromTender, type LintableTender } from "./tender-fields";

const tender: LintableTender = {
  title: "Case management",
  summary: "",
  contractNature: "SERVICES",
  procedureType: "OPEN",
  procedureGround: null,
  mainCpv: "72212000",
  additionalCpvs: ["48000000"],
  documentsLanguage: "fr",
  lots: [{ title: "Lot A", description: "Hosting" }],
  reasonsForNotDividing: "",
  requirements: [{ text: "Req one" }, { text: "   " }],
  award: {
    criteria: [
      { key: "price", name: "Price", kind: "COST", weight: 40, costFormula: "F5" },
      {
        key: "quality",
        name: "Quality",
        description: "How well",
        kind: "QUALITY",
        weight: 60,
        children: [{ key: "use", name: "Usability", kind: "QUALITY", weight: 100 }],
      },
    ],
    qualityScale: { max: 5, descriptors: ["0", "1", "2", "3", "4", "5"] },
    scoreAggregation: "MEAN",
    discountRatePercent: 3,
    tcoHorizonYears: 4,
  },
  innovationPhases: [{ objectives: ["Research"], deliverables: [], goNoGoCriteria: ["Go"] }],
  sovereignty: null,
};

describe("lintInputFromTender", () => {
  it("gives every non-empty text its section and form path", () => {
    const input = lintInputFromTender(tender, {
      clauses: [
        { topics: ["OPEN_STANDARDS"], parameters: { standards: ["ODF", "CSV"], months: 6, note: "Use ODF." } },
        { topics: ["OPEN_STANDARDS", "DELIVERABLES_LICENCE"] },
      ],
    });
    expect(input.fields.map((f) => `${f.section} ${f.field}`)).toEqual([
      "about title",
      "lots lots.0.title",
      "lots lots.0.description",
      "requirements requirements.0.text",
      "criteria criteria.0.name",
      "criteria criteria.1.name",
      "criteria criteria.1.description",
      "criteria criteria.1.children.0.name",
      "phases phases.0.objectives.0",
      "phases phases.0.goNoGoCriteria.0",
      "clauses clauses.0.parameters.standards.0",
      "clauses clauses.0.parameters.standards.1",
      "clauses clauses.0.parameters.note",
    ]);
    expect(input.clauseTopics).toEqual(["OPEN_STANDARDS", "DELIVERABLES_LICENCE"]);
    expect(input.cpvCodes).toEqual(["72212000", "48000000"]);
    expect(input.documentsLanguage).toBe("fr");
    expect(input.usedByPeople).toBe(true);
  });

  it("leaves the clause topics unknown when the clauses are not given", () => {
    expect(lintInputFromTender(tender).clauseTopics).toBeUndefined();
  });

  it("reads the sovereignty justifications", () => {
    const input = lintInputFromTender({
      ...tender,
      sovereignty: { minimumSeal: { "SOV-1": { justification: "Hosted by AWS" } } },
    });
    expect(input.fields.map((f) => f.field)).toContain("minimumSeal.SOV-1.justification");
  });
});
