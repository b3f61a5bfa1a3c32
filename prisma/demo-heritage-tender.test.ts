import { describe, expect, it } from "vitest";
import { opennessFindings } from "@/lib/domain/award/evaluation-records";
import { CLAUSE_LIBRARY } from "@/lib/domain/clauses/library";
import { standardRequirements } from "@/lib/domain/clauses/required-standards";
import { automaticOpennessScores } from "@/lib/domain/evaluation/automatic-openness";
import { toExactText } from "@/lib/domain/rational";
import { validateCriteria } from "@/lib/domain/tender/award-criteria";
import { readAwardCriteria } from "@/lib/domain/tender/award-settings";
import { HERITAGE_FUND_TITLE } from "./demo-heritage-tender";
import { demoTenders } from "./demo-tenders";

const tender = demoTenders("2026-11-21").find((candidate) => candidate.title === HERITAGE_FUND_TITLE)!;
const award = readAwardCriteria(tender.sections.award, tender.durationMonths)!;

describe("the demo tender of the Cultural Heritage Fund", () => {
  it("computes its openness criterion automatically, half licences and half open standards", () => {
    expect(validateCriteria(award).filter((problem) => problem.severity === "error")).toEqual([]);
    expect(award.criteria.find((criterion) => criterion.kind === "OPENNESS")).toMatchObject({
      weight: 15,
      automaticOpenness: { licencesPercent: 50, standardsPercent: 50 },
    });
  });

  it("gives the bids the openness points worked out in prisma/demo-heritage-tender.ts", () => {
    // The clauses' definitions as the app ships them (the seed stores these versions).
    const definitions = new Map(CLAUSE_LIBRARY.map((clause) => [`${clause.key}@${clause.version}`, clause]));
    const required = standardRequirements(tender.sections.clauses, definitions);
    expect([...new Set(required.flatMap((requirement) => requirement.standardIds))]).toEqual([
      "OPENAPI-3.1",
      "CSV-RFC4180",
      "JSON-RFC8259",
      "DCAT-AP-3",
      "EN-301-549",
      "WCAG-2.1",
    ]);
    const points = tender.bids!.map((bid) => {
      const findings = opennessFindings(bid.content, { outboundLicence: "EUPL-1.2", standardRequirements: required });
      return toExactText(automaticOpennessScores(award, findings)[0]!.points);
    });
    // 15 × (1 + 7/12) / 2, 15 × (0 + 1/2) / 2 (open-washing), 15 × (2/3 + 1/4) / 2.
    expect(points).toEqual(["95/8", "15/4", "55/8"]);
  });
});
