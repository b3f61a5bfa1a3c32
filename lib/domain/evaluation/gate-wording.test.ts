import { describe, expect, it } from "vitest";
import type { BidView, EvaluationView, LotView } from "./evaluation-view";
import { gateReasons, gateRules, type GateWords } from "./gate-wording";

// A translator that writes the key and its values, so each expected sentence reads as the message
// it picks and what it fills in.
const words: GateWords = {
  t: (key, values) => (values ? `${key} ${JSON.stringify(values)}` : key),
  objectiveName: (objective) => `name of ${objective}`,
  criterionName: (key) => `criterion ${key}`,
  points: (figure) => (figure === null ? "—" : `${figure.shown} pts`),
};
const figure = (shown: string) => ({ shown, exact: shown });

const view = (minimumQualityPoints: string | null, thresholds: [string, number][]) =>
  ({
    method: { minimumQualityPoints: minimumQualityPoints === null ? null : figure(minimumQualityPoints) },
    criteria: [
      { key: "cost", name: "Cost", minimumScore: null },
      ...thresholds.map(([key, minimumScore]) => ({ key, name: `Name ${key}`, minimumScore })),
    ],
  }) as unknown as EvaluationView;
const lot = (withSovereignty: boolean) =>
  ({
    bids: [{ sovereignty: null }, { sovereignty: withSovereignty ? { objectives: [] } : null }],
  }) as unknown as LotView;
const bid = (fields: Partial<BidView>) =>
  ({ gateFailures: [], sovereignty: null, sovereigntyFlagged: false, ...fields }) as BidView;

describe("gateRules", () => {
  it("says there is no gate when the tender published none", () => {
    expect(gateRules(view(null, []), lot(false), words)).toEqual(["noSovereignty", "noQualityThreshold"]);
  });

  it("lists the sovereignty rule, each criterion's threshold and the quality points' minimum", () => {
    expect(gateRules(view("40.00", [["fit", 3]]), lot(true), words)).toEqual([
      "sovereigntyRule",
      'criterionRule {"criterion":"Name fit","minimum":3}',
      'qualityPointsRule {"minimum":"40.00 pts"}',
    ]);
  });
});

describe("gateReasons", () => {
  it("is empty for a bid that passes every gate and was not flagged", () => {
    expect(gateReasons(bid({}), words)).toEqual([]);
  });

  it("gives every failed gate, not only the first, then the panel's flag", () => {
    const failing = bid({
      gateFailures: [
        { gate: "EXCLUDED_BY_AUTHORITY", reason: "Late" },
        { gate: "SOVEREIGNTY_MINIMUM", objectives: ["SOV-2", "SOV-5"] },
        { gate: "CRITERION_MINIMUM", criterionKey: "fit", score: figure("1.50"), minimum: 3 },
        { gate: "QUALITY_POINTS_MINIMUM", qualityPoints: figure("30.00"), minimum: figure("40.00") },
      ],
      // SOV-5 is not among the bid's objectives: level and minimum read as 0.
      sovereignty: { objectives: [{ objective: "SOV-2", level: 1, minimum: 3 }] },
      sovereigntyFlagged: true,
    } as unknown as Partial<BidView>);
    expect(gateReasons(failing, words)).toEqual([
      'excludedByAuthority {"reason":"Late"}',
      `sovereigntyMinimum {"objectives":${JSON.stringify(
        'objectiveLevel {"objective":"SOV-2","name":"name of SOV-2","level":1,"minimum":3}; ' +
          'objectiveLevel {"objective":"SOV-5","name":"name of SOV-5","level":0,"minimum":0}',
      )}}`,
      'criterionMinimum {"criterion":"criterion fit","score":"1.50 pts","minimum":3}',
      'qualityPointsMinimum {"points":"30.00 pts","minimum":"40.00 pts"}',
      "sovereigntyFlagged",
    ]);
  });
});
