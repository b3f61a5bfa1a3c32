import { describe, expect, it } from "vitest";
import type { AwardCriteria, Criterion } from "../tender/criteria-tree";
import type { LintTenderInput } from "./tender-input";
import { awardCriteriaFindings, missingClauses, negotiatedWithoutPublication } from "./tender-rules";

const scale = { max: 5 as const, descriptors: ["0", "1", "2", "3", "4", "5"] };
const price = (weight: number): Criterion => ({ key: "price", name: "Price", kind: "COST", weight, costFormula: "F2" });
const quality = (weight: number): Criterion => ({ key: "quality", name: "Quality", kind: "QUALITY", weight });
const openness = (weight: number): Criterion => ({ key: "open", name: "Openness", kind: "OPENNESS", weight });
const awardOf = (criteria: Criterion[]): AwardCriteria => ({
  criteria,
  qualityScale: scale,
  scoreAggregation: "CONSENSUS",
  discountRatePercent: 3,
  tcoHorizonYears: 4,
});

const tender = (overrides: Partial<LintTenderInput> = {}): LintTenderInput => ({
  fields: [],
  contractNature: "SERVICES",
  procedureType: "OPEN",
  procedureGround: null,
  cpvCodes: ["72212000"],
  award: null,
  ...overrides,
});

const summary = (findings: { ruleId: string; severity: string; code: string; location: { field: string } }[]) =>
  findings.map((f) => `${f.ruleId} ${f.severity} ${f.code} @${f.location.field}`);

describe("rule 5: missing clauses", () => {
  it("asks for each missing required topic, and for accessibility as an error", () => {
    expect(summary(missingClauses(tender({ clauseTopics: ["OPEN_STANDARDS"] })))).toEqual([
      "LOCKIN-005 warning lint.missingClause.DELIVERABLES_LICENCE @clauses",
      "LOCKIN-005 warning lint.missingClause.SOURCE_CODE_DELIVERY @clauses",
      "LOCKIN-005 warning lint.missingClause.EXIT_AND_PORTABILITY @clauses",
      "LOCKIN-005 error lint.missingAccessibility @requirements",
    ]);
    expect(missingClauses(tender({ clauseTopics: [] }))[0]?.legalBasis).toBe(
      "Directive 2014/24/EU Art. 42(1) (transfer of intellectual property rights)",
    );
  });

  it("is satisfied by the topics, and accessibility also by the tender's own words", () => {
    const all = ["DELIVERABLES_LICENCE", "SOURCE_CODE_DELIVERY", "EXIT_AND_PORTABILITY", "OPEN_STANDARDS"];
    expect(missingClauses(tender({ clauseTopics: [...all, "ACCESSIBILITY"] }))).toEqual([]);
    for (const text of [
      "Conform to EN 301 549.",
      "Respecter le RGAA.",
      "Barrierefreiheit nach BITV 2.0",
      "WCAG 2.1 AA",
    ]) {
      const fields = [{ section: "requirements" as const, field: "requirements.0.text", text }];
      expect(missingClauses(tender({ clauseTopics: all, fields })), text).toEqual([]);
    }
  });

  it("does not ask for accessibility when no person uses the software", () => {
    const all = ["DELIVERABLES_LICENCE", "SOURCE_CODE_DELIVERY", "EXIT_AND_PORTABILITY", "OPEN_STANDARDS"];
    expect(missingClauses(tender({ clauseTopics: all, usedByPeople: false }))).toEqual([]);
  });

  it("does not run without the clauses, for works, or for a tender whose CPV codes are not software", () => {
    expect(missingClauses(tender())).toEqual([]);
    expect(missingClauses(tender({ clauseTopics: [], contractNature: "WORKS" }))).toEqual([]);
    expect(missingClauses(tender({ clauseTopics: [], cpvCodes: ["45000000"] }))).toEqual([]);
    expect(missingClauses(tender({ clauseTopics: [], cpvCodes: [] }))).toHaveLength(5);
  });
});

describe("rule 6: award criteria", () => {
  it("reports weights not summing to 100 as an error at the level concerned", () => {
    const tree = [price(30), { ...quality(70), children: [quality(60), openness(30)] }];
    expect(awardCriteriaFindings(tender({ award: awardOf(tree) }))).toEqual([
      {
        ruleId: "LOCKIN-006",
        severity: "error",
        location: { section: "criteria", field: "criteria.1.children" },
        code: "lint.criteria.weightsSum",
        values: { sum: 90 },
        legalBasis: "Directive 2014/24/EU Art. 67",
        key: "LOCKIN-006|criteria.1.children|lint.criteria.weightsSum",
      },
    ]);
  });

  it("warns about price alone, a cost weight above 60 %, and no openness or sovereignty criterion", () => {
    expect(summary(awardCriteriaFindings(tender({ award: awardOf([price(100)]) })))).toEqual([
      "LOCKIN-006 warning lint.criteria.costOnly @criteria",
      "LOCKIN-006 warning lint.criteria.costWeightHigh @criteria.0.weight",
      "LOCKIN-006 warning lint.criteria.noOpennessOrSovereignty @criteria",
    ]);
    const costly = awardCriteriaFindings(tender({ award: awardOf([price(61), openness(39)]) }));
    expect(costly).toMatchObject([{ code: "lint.criteria.costWeightHigh", values: { weight: 61, limit: 60 } }]);
  });

  it("is quiet for sound criteria, for 60 % cost, and for criteria not yet set", () => {
    expect(awardCriteriaFindings(tender({ award: awardOf([price(60), openness(40)]) }))).toEqual([]);
    expect(awardCriteriaFindings(tender({ award: awardOf([]) }))).toEqual([]);
    expect(awardCriteriaFindings(tender())).toEqual([]);
  });

  it("does not call price alone a problem when the CPV codes are not software", () => {
    const findings = awardCriteriaFindings(tender({ cpvCodes: ["30192000"], award: awardOf([price(100)]) }));
    expect(findings.map((f) => f.code)).not.toContain("lint.criteria.costOnly");
  });
});

describe("rule 7: negotiated procedure without publication on technical or exclusive grounds", () => {
  const negotiated = (procedureGround: string, more: Partial<LintTenderInput> = {}) =>
    negotiatedWithoutPublication(tender({ procedureType: "NEGOTIATED_WITHOUT_PUBLICATION", procedureGround, ...more }));

  it("asks for the no-alternative analysis for technical reasons and exclusive rights", () => {
    expect(negotiated("ART_32_2_B_TECHNICAL")).toEqual([
      {
        ruleId: "LOCKIN-007",
        severity: "warning",
        location: { section: "procedure", field: "procedureGround" },
        code: "lint.noAlternativeAnalysis",
        values: { ground: "Directive 2014/24/EU Art. 32(2)(b)(ii)" },
        legalBasis: "Directive 2014/24/EU Art. 32(2)(b), last subparagraph",
        key: "LOCKIN-007|procedureGround|lint.noAlternativeAnalysis",
      },
    ]);
    expect(negotiated("ART_32_2_B_EXCLUSIVE_RIGHTS")[0]?.values).toEqual({
      ground: "Directive 2014/24/EU Art. 32(2)(b)(iii)",
    });
  });

  it("is quiet for other grounds and procedures, once the analysis is written, and outside software", () => {
    expect(negotiated("ART_32_2_C_EXTREME_URGENCY")).toEqual([]);
    expect(negotiated("UNKNOWN")).toEqual([]);
    expect(negotiated("ART_32_2_B_TECHNICAL", { noAlternativeAnalysis: "Market consultation of 2026 found none." })).toEqual([]); // prettier-ignore
    expect(negotiated("ART_32_2_B_TECHNICAL", { cpvCodes: ["45000000"] })).toEqual([]);
    expect(negotiatedWithoutPublication(tender({ procedureGround: "ART_32_2_B_TECHNICAL" }))).toEqual([]);
  });
});
