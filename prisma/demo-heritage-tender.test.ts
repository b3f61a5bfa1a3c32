import { describe, expect, it } from "vitest";
import { opennessFindings } from "@/lib/domain/award/evaluation-records";
import { automaticOpennessScores } from "@/lib/domain/evaluation/automatic-openness";
import { toExactText } from "@/lib/domain/rational";
import { validateCriteria } from "@/lib/domain/tender/award-criteria";
import { readAwardCriteria } from "@/lib/domain/tender/award-settings";
import { GRANTS_PLATFORM_REQUIRED_STANDARDS } from "./demo-bids";
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
    const standardRequirements = [
      { clauseKey: "open-formats", parameter: "standards", join: "and" as const, standardIds: [...GRANTS_PLATFORM_REQUIRED_STANDARDS] }, // prettier-ignore
    ];
    const points = tender.bids!.map((bid) => {
      const findings = opennessFindings(bid.content, { outboundLicence: "EUPL-1.2", standardRequirements });
      return toExactText(automaticOpennessScores(award, findings)[0]!.points);
    });
    // 15 × (1 + 7/8) / 2, 15 × (0 + 3/4) / 2 (open-washing), 15 × (2/3 + 3/8) / 2.
    expect(points).toEqual(["225/16", "45/8", "125/16"]);
  });
});
