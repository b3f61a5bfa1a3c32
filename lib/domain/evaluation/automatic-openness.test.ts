import { describe, expect, it } from "vitest";
import { rational, toExactText, toFixed } from "@/lib/domain/rational";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import { automaticOpennessScore, automaticOpennessScores, licenceShare, standardsShare } from "./automatic-openness";
import { findings } from "./testing/fixtures";

const exact = toExactText;

describe("the licence share", () => {
  it("counts open and free components alike, each component the same: (18 + 1) / 20 = 19/20", () => {
    expect(licenceShare(findings({}))).toEqual({ basis: "COMPONENTS", share: rational(19, 20) });
  });

  it("is 0 for a bid found open-washing, whatever its other components", () => {
    expect(licenceShare(findings({ openWashing: true }))).toEqual({ basis: "OPEN_WASHING", share: rational(0) });
  });

  it("is 0 for a bid that lists no component, and without findings", () => {
    const none = findings({ components: 0, openComponents: 0, freeNotOsiComponents: 0, notOpenComponents: 0 });
    expect(licenceShare(none).basis).toBe("NO_COMPONENTS");
    expect(exact(licenceShare(none).share)).toBe("0");
    expect(licenceShare(null).basis).toBe("NO_COMPONENTS");
  });
});

describe("the standards share", () => {
  it("counts a partly met item as half: (3 + ½) / 4 = 7/8", () => {
    expect(exact(standardsShare({ required: 4, met: 3, partlyMet: 1 })!)).toBe("7/8");
  });

  it("keeps a third exact: 1 met of 3 is 1/3, not 33.33 %", () => {
    expect(exact(standardsShare({ required: 3, met: 1, partlyMet: 0 })!)).toBe("1/3");
  });

  it("is null when the tender requires no standard, or when the inputs were not recorded", () => {
    expect(standardsShare({ required: 0, met: 0, partlyMet: 0 })).toBeNull();
    expect(standardsShare(null)).toBeNull();
  });
});

/**
 * Worked example (docs/evaluation.md, section 3): an openness criterion worth 10 points, licences
 * 60 %, open standards 40 %. A bid with 19 of its 20 components open or free (95 %) that meets 3
 * and partly meets 1 of 4 required standards (87.5 %): 0.60 × 0.95 + 0.40 × 0.875 = 0.57 + 0.35 =
 * 0.92, so 10 × 0.92 = 9.2 points.
 */
describe("automaticOpennessScore", () => {
  const mix = { licencesPercent: 60, standardsPercent: 40 };

  it("mixes the two shares as published and maps the score linearly onto the criterion's points", () => {
    const score = automaticOpennessScore("openness", mix, rational(10), findings({}));
    expect([exact(score.licenceShare), exact(score.standardsShare!), exact(score.score), exact(score.points)]).toEqual([
      "19/20",
      "7/8",
      "23/25",
      "46/5",
    ]);
    expect([score.components, score.freeComponents, score.licenceBasis]).toEqual([20, 19, "COMPONENTS"]);
  });

  it("gives an open-washing bid the standards part only: 0.40 × 1 = 0.4, 4 points", () => {
    const score = automaticOpennessScore(
      "openness",
      mix,
      rational(10),
      findings({ openWashing: true, standards: { required: 4, met: 4, partlyMet: 0 }, standardsCoveragePercent: 100 }),
    );
    expect([exact(score.score), exact(score.points), score.licenceBasis]).toEqual(["2/5", "4", "OPEN_WASHING"]);
  });

  it("counts the licences alone when the tender requires no standard: 19/20 of 10 = 9.5", () => {
    const score = automaticOpennessScore(
      "openness",
      mix,
      rational(10),
      findings({ standards: { required: 0, met: 0, partlyMet: 0 }, standardsCoveragePercent: null }),
    );
    expect([score.standards, score.standardsShare, exact(score.points)]).toEqual([null, null, "19/2"]);
  });

  it("follows a one-sided mix: standards only, 100 % × 7/8 of 15 points = 13.125", () => {
    const score = automaticOpennessScore(
      "openness",
      { licencesPercent: 0, standardsPercent: 100 },
      rational(15),
      findings({}),
    );
    expect(toFixed(score.points, 3)).toBe("13.125");
  });
});

describe("automaticOpennessScores", () => {
  it("scores each automatic leaf on its own share: a sub-criterion of 50 % under 20 points is worth 10", () => {
    const award: AwardCriteria = {
      criteria: [
        { key: "cost", name: "Cost", kind: "COST", weight: 80, costFormula: "F1" },
        {
          key: "openness",
          name: "Openness",
          kind: "OPENNESS",
          weight: 20,
          children: [
            { key: "licences", name: "Licences", kind: "OPENNESS", weight: 50, automaticOpenness: { licencesPercent: 100, standardsPercent: 0 } }, // prettier-ignore
            { key: "interfaces", name: "Interfaces", kind: "OPENNESS", weight: 50 },
          ],
        },
      ],
      qualityScale: { max: 5, descriptors: ["0", "1", "2", "3", "4", "5"] },
      scoreAggregation: "CONSENSUS",
      discountRatePercent: 0,
      tcoHorizonYears: 1,
    };
    // Only "licences" is automatic: 10 points × 19/20 = 9.5; "interfaces" is the panel's.
    const scores = automaticOpennessScores(award, findings({}));
    expect(scores.map((score) => [score.criterionKey, exact(score.share), exact(score.points)])).toEqual([
      ["licences", "10", "19/2"],
    ]);
  });
});
