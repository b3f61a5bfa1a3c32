import { describe, expect, it } from "vitest";
import type { Criterion } from "@/lib/domain/tender/criteria-tree";
import { ocdsAwardCriteria } from "./award-criteria";
import { RATED_AWARD } from "./testing/sample-process";

const withCriteria = (criteria: Criterion[]) => ({ ...RATED_AWARD, criteria });
const cost: Criterion = { key: "cost", name: "Total cost of ownership", kind: "COST", weight: 100, costFormula: "F1" };
const quality: Criterion = { key: "quality", name: "Quality", kind: "QUALITY", weight: 70 };
const sovereignty: Criterion = { key: "sov", name: "Sovereignty", kind: "SOVEREIGNTY", weight: 30 };

describe("award criteria in OCDS", () => {
  it("cost and quality weighted together: ratedCriteria, with every weight in words", () => {
    expect(ocdsAwardCriteria(RATED_AWARD, "en")).toEqual({
      awardCriteria: "ratedCriteria",
      awardCriteriaDetails: "Total cost of ownership 40 %; Quality 60 % (Fit to needs 50 %, Exit plan 50 %)",
    });
  });

  it("the cost criterion alone: costOnly (a total cost of ownership, never priceOnly)", () => {
    expect(ocdsAwardCriteria(withCriteria([cost]), "en")).toEqual({
      awardCriteria: "costOnly",
      awardCriteriaDetails: "Total cost of ownership 100 %",
    });
  });

  it("no cost criterion: qualityOnly", () => {
    expect(ocdsAwardCriteria(withCriteria([quality, sovereignty]), "en")).toEqual({
      awardCriteria: "qualityOnly",
      awardCriteriaDetails: "Quality 70 %; Sovereignty 30 %",
    });
  });

  it("F8 divides the cost by the quality points: ratedCriteria, said in the tender's language", () => {
    const f8: Criterion = { ...cost, weight: 0, costFormula: "F8" };
    const award = withCriteria([f8, { ...quality, weight: 100 }]);
    expect(ocdsAwardCriteria(award, "de")).toEqual({
      awardCriteria: "ratedCriteria",
      awardCriteriaDetails: "Total cost of ownership (Preis je Qualitätspunkt); Quality 100 %",
    });
    expect(ocdsAwardCriteria(award, "nl")?.awardCriteriaDetails).toBe(
      "Total cost of ownership (price per quality point); Quality 100 %",
    );
  });

  it("nothing while the tender has no criteria", () => {
    expect(ocdsAwardCriteria(null, "en")).toBeNull();
    expect(ocdsAwardCriteria(withCriteria([]), "en")).toBeNull();
  });
});
