import { describe, expect, it } from "vitest";
import type { StandardAnswer, StandardAnswerValue } from "@/lib/domain/bids/bid-model";
import type { StandardRequirement } from "@/lib/domain/clauses/required-standards";
import { twoDecimals } from "./exact";
import { standardsCoverage } from "./standards-coverage";

const all = (...standardIds: string[]): StandardRequirement => ({
  clauseKey: "c",
  parameter: "p",
  join: "and",
  standardIds,
});
const any = (...standardIds: string[]): StandardRequirement => ({ ...all(...standardIds), join: "or" });
const answer = (standardId: string, value: StandardAnswerValue): StandardAnswer => ({
  standardId,
  answer: value,
  evidence: `${standardId} evidence`,
});

describe("standardsCoverage", () => {
  it("gives each required standard its answer or UNANSWERED and averages the credits", () => {
    // Four standards: MET 1 + PARTLY 0.5 + NOT_MET 0 + unanswered 0 = 1.5; 1.5 / 4 = 37.5 %.
    const coverage = standardsCoverage(
      [answer("ODF-1.3", "MET"), answer("PDF-A-2", "PARTLY"), answer("CSV-RFC4180", "NOT_MET")],
      [all("ODF-1.3", "PDF-A-2"), all("CSV-RFC4180", "JSON-RFC8259")],
    );
    expect(coverage.standards).toEqual([
      { standardId: "ODF-1.3", status: "MET", evidence: "ODF-1.3 evidence" },
      { standardId: "PDF-A-2", status: "PARTLY", evidence: "PDF-A-2 evidence" },
      { standardId: "CSV-RFC4180", status: "NOT_MET", evidence: "CSV-RFC4180 evidence" },
      { standardId: "JSON-RFC8259", status: "UNANSWERED", evidence: "" },
    ]);
    expect(coverage.counts).toEqual({ MET: 1, PARTLY: 1, NOT_MET: 1, UNANSWERED: 1 });
    expect(coverage.itemCount).toBe(4);
    // One item met, one partly: (1 + ½) / 4 is the figure.
    expect([coverage.itemsMet, coverage.itemsPartlyMet]).toEqual([1, 1]);
    expect(coverage.coveragePercent?.toFixed()).toBe("37.5");
  });

  it("counts a standard named by two clauses once", () => {
    // ODF-1.3 twice, PDF-A-2 once: items ODF (MET 1) and PDF (PARTLY 0.5) → 1.5 / 2 = 75 %.
    const coverage = standardsCoverage(
      [answer("ODF-1.3", "MET"), answer("PDF-A-2", "PARTLY")],
      [all("ODF-1.3", "PDF-A-2"), all("ODF-1.3")],
    );
    expect(coverage.itemCount).toBe(2);
    expect(coverage.coveragePercent?.toFixed()).toBe("75");
  });

  it("counts an 'or' list as one item met by its best answer", () => {
    // Items: SMTP (MET 1) and the list OpenAPI-or-AsyncAPI (best of NOT_MET 0 and PARTLY 0.5 = 0.5)
    // → 1.5 / 2 = 75 %.
    const coverage = standardsCoverage(
      [answer("SMTP", "MET"), answer("OPENAPI-3.1", "NOT_MET"), answer("ASYNCAPI-3.0", "PARTLY")],
      [all("SMTP"), any("OPENAPI-3.1", "ASYNCAPI-3.0")],
    );
    expect(coverage.standards.map((standard) => standard.standardId)).toEqual(["SMTP", "OPENAPI-3.1", "ASYNCAPI-3.0"]);
    expect(coverage.itemCount).toBe(2);
    // The list counts as partly met (its best answer), though one of its standards is not met.
    expect([coverage.itemsMet, coverage.itemsPartlyMet]).toEqual([1, 1]);
    expect(coverage.coveragePercent?.toFixed()).toBe("75");
  });

  it("shows a third to two decimals", () => {
    // MET on 1 of 3 → 100 / 3 = 33.333… → 33.33.
    const coverage = standardsCoverage([answer("A", "MET")], [all("A", "B", "C")]);
    expect(twoDecimals(coverage.coveragePercent!)).toBe("33.33");
  });

  it("is 100 % when everything is met and null when nothing is required", () => {
    expect(standardsCoverage([answer("A", "MET")], [all("A")]).coveragePercent?.toFixed()).toBe("100");
    const none = standardsCoverage([answer("A", "MET")], []);
    expect(none.coveragePercent).toBeNull();
    expect(none.standards).toEqual([]);
  });

  it("reads the first answer when a standard is answered twice (the import refuses it anyway)", () => {
    const coverage = standardsCoverage([answer("A", "NOT_MET"), answer("A", "MET")], [all("A")]);
    expect(coverage.standards[0]!.status).toBe("NOT_MET");
  });
});
