import { describe, expect, it } from "vitest";
import { toExactText, type Rational } from "@/lib/domain/rational";
import type { Criterion } from "@/lib/domain/tender/criteria-tree";
import { evaluateTender } from "./evaluate-tender";
import type { EvaluationBid } from "./evaluation-input";
import { evaluationView } from "./evaluation-view";
import { checkEvaluationInput } from "./input-check";
import { award, bid, findings, input, quality } from "./testing/fixtures";

/**
 * The tender of evaluate-tender.test.ts with its openness criterion (10 points) computed
 * automatically, licences 60 %, open standards 40 %, at 5 % with no internal costs:
 * - A: 19 of 20 components open or free (95 %), 3 met and 1 partly met of 4 standards (87.5 %):
 *   0.6 × 0.95 + 0.4 × 0.875 = 0.92 → 9.2 points; quality 24 + 12 = 36, so 45.2 quality points;
 * - B: open-washing (licences 0), every standard met (100 %): 0.4 × 1 = 0.4 → 4 points; 30 + 20 +
 *   4 = 54;
 * - C: no component (licences 0), 1 met and 2 partly met of 4 (50 %): 0.4 × 0.5 = 0.2 → 2 points;
 *   18 + 12 + 2 = 32.
 * Cost (F1 on 2 000 000, 50 000 000/21 and 3 000 000 cents): A 40, B 33.6, C 80/3. Totals: A 85.2,
 * B 87.6, C 176/3 ≈ 58.67: B first, A second, C third. (With the panel's 5, 4, 3 on openness
 * instead, A had 86 and B 91.6.)
 */
const openness: Criterion = {
  key: "openness",
  name: "Openness",
  kind: "OPENNESS",
  weight: 10,
  automaticOpenness: { licencesPercent: 60, standardsPercent: 40 },
};
const cost: Criterion = { key: "tco", name: "Total cost of ownership", kind: "COST", weight: 40, costFormula: "F1" };

const A = bid("A", 2_100_000, { usability: 4, support: 3 }, { openness: findings({}) });
const B = bid(
  "B",
  2_500_000,
  { usability: 5, support: 5 },
  {
    openness: findings({
      components: 10,
      openComponents: 8,
      freeNotOsiComponents: 0,
      notOpenComponents: 2,
      openWashing: true,
      standards: { required: 4, met: 4, partlyMet: 0 },
      standardsCoveragePercent: 100,
    }),
  },
);
const C = bid(
  "C",
  0,
  { usability: 3, support: 3 },
  {
    costLines: [
      { category: "IMPLEMENTATION", year: 0, amountCents: 1_000_000, note: "" },
      { category: "SUPPORT_MAINTENANCE", year: 2, amountCents: 2_205_000, note: "" },
    ],
    openness: findings({
      components: 0,
      openComponents: 0,
      freeNotOsiComponents: 0,
      notOpenComponents: 0,
      standards: { required: 4, met: 1, partlyMet: 2 },
      standardsCoveragePercent: 50,
    }),
  },
);
const tender = (bids: EvaluationBid[] = [A, B, C]) =>
  input(award([cost, quality, openness], { discountRatePercent: 5 }), bids);
const exact = (value: Rational | null) => (value === null ? null : toExactText(value));

function evaluate(bids?: EvaluationBid[]) {
  const evaluation = evaluateTender(tender(bids));
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  return evaluation.result;
}

describe("evaluateTender with an openness criterion computed automatically", () => {
  it("computes it by the published rule, not from scores, and ranks on the computed points", () => {
    const result = evaluate();
    expect(result.criteria.find((c) => c.key === "openness")).toMatchObject({
      scoring: "AUTOMATIC_OPENNESS",
      automaticOpenness: { licencesPercent: 60, standardsPercent: 40 },
    });
    const lot = result.lots[0]!;
    expect(lot.bids.map((b) => [b.bidId, exact(b.points.find((p) => p.criterionKey === "openness")!.points)])).toEqual([
      ["A", "46/5"],
      ["B", "4"],
      ["C", "2"],
    ]);
    expect(lot.bids.map((b) => [b.bidId, exact(b.qualityPoints), exact(b.totalPoints), b.rank])).toEqual([
      ["A", "226/5", "426/5", 2],
      ["B", "54", "438/5", 1],
      ["C", "32", "176/3", 3],
    ]);
    // No score is read for it: the bids carry none, and only the panel's leaves have LeafScores.
    expect(lot.bids[0]!.scores.map((score) => score.criterionKey)).toEqual(["usability", "support"]);
    expect(lot.bids[1]!.automaticOpenness[0]).toMatchObject({ licenceBasis: "OPEN_WASHING", freeComponents: 8 });
  });

  it("moves the sensitivity with the computed points: raising openness to 475/34 % lets A draw level", () => {
    // Top-level points of A and B: others (cost + quality) 76 and 83.6, openness scores 0.92 and 0.4.
    // With openness at w and the others rescaled by (100 − w)/90: A − B = −7.6 (100 − w)/90 + 0.52 w = 0
    // at w = 760/54.4 = 475/34 ≈ 13.97, a change of 135/34 ≈ 3.97 points: a sensitive result.
    const sensitivity = evaluate().lots[0]!.sensitivity;
    const entry = sensitivity.criteria.find((c) => c.criterionKey === "openness")!;
    expect([exact(entry.increase!.weight), exact(entry.increase!.changePp), entry.increase!.challengerId]).toEqual([
      "475/34",
      "135/34",
      "A",
    ]);
    expect(entry.decrease).toBeNull();
    expect(sensitivity.robustness).toMatchObject({ code: "SENSITIVE", criterionKey: "openness" });
  });

  it("shows the inputs and figures in the plain view, rounded for display and exact beside", () => {
    const view = evaluationView(evaluate());
    expect(view.lots[0]!.bids[0]!.automaticOpenness).toEqual([
      {
        criterionKey: "openness",
        mix: { licencesPercent: 60, standardsPercent: 40 },
        share: { shown: "10.00", exact: "10" },
        components: 20,
        freeComponents: 19,
        licenceBasis: "COMPONENTS",
        licenceSharePercent: { shown: "95.00", exact: "95" },
        standards: { required: 4, met: 3, partlyMet: 1 },
        standardsSharePercent: { shown: "87.50", exact: "175/2" },
        scorePercent: { shown: "92.00", exact: "92" },
        points: { shown: "9.20", exact: "46/5" },
      },
    ]);
  });
});

describe("checkEvaluationInput with an openness criterion computed automatically", () => {
  const codes = (bids: EvaluationBid[]) => checkEvaluationInput(tender(bids)).map((p) => `${p.code}@${p.path}`);

  it("refuses scores on it, with a message of its own", () => {
    const scored = bid("A", 2_100_000, { usability: 4, support: 3, openness: 5 }, { openness: findings({}) });
    expect(codes([scored])).toEqual(["evaluation.criterionAutomatic@bids.0.scores.2.criterionKey"]);
  });

  it("needs the findings with their standards (older files have none), except for a bid excluded beforehand", () => {
    const old = { ...A, id: "O", openness: { ...findings({}), standards: null } };
    const excluded = { ...B, id: "X", openness: null, exclusion: { reason: "Exclusion ground" }, scores: [] };
    expect(codes([{ ...A, openness: null }, old, excluded])).toEqual([
      "evaluation.opennessInputsMissing@bids.0.openness",
      "evaluation.opennessInputsMissing@bids.1.openness",
    ]);
  });

  it("needs findings that agree with themselves, since the points are computed from them", () => {
    const counts = { ...A, openness: findings({ unknownComponents: 1 }) };
    const standards = { ...A, id: "S", openness: findings({ standards: { required: 2, met: 2, partlyMet: 1 } }) };
    // 3 + ½ of 4 is 87.5 %, not 80 %.
    const coverage = { ...A, id: "P", openness: findings({ standardsCoveragePercent: 80 }) };
    const none = { ...A, id: "N", openness: findings({ standards: { required: 0, met: 0, partlyMet: 0 } }) };
    expect(codes([counts, standards, coverage, none])).toEqual([
      "evaluation.opennessCountsInconsistent@bids.0.openness.components",
      "evaluation.opennessStandardsInconsistent@bids.1.openness.standards",
      "evaluation.opennessStandardsInconsistent@bids.2.openness.standardsCoveragePercent",
      "evaluation.opennessStandardsInconsistent@bids.3.openness.standardsCoveragePercent",
    ]);
  });

  it("accepts a third of the standards shown as 33.33 %", () => {
    const third = { ...A, openness: findings({ standards: { required: 3, met: 1, partlyMet: 0 }, standardsCoveragePercent: 33.33 }) }; // prettier-ignore
    expect(codes([third])).toEqual([]);
  });
});
