import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import en from "@/lib/i18n/messages/en.json";
import type { Criterion } from "@/lib/domain/tender/criteria-tree";
import { evaluateTender } from "./evaluate-tender";
import { evaluationView } from "./evaluation-view";
import type { EvaluationProblemCode } from "./input-check";
import { award, input, THREE_BIDS } from "./testing/fixtures";

// The three bids of sensitivity.test.ts: B wins 84 to A's 72; raising cost from 40 % to 62.5 % makes A draw level.
const { criteria, bids } = THREE_BIDS;
const t = createTranslator({ locale: "en", messages: en });

function view() {
  const evaluation = evaluateTender(input(award(criteria), bids));
  if (!evaluation.ok) throw new Error("invalid");
  return evaluationView(evaluation.result);
}

describe("evaluationView", () => {
  it("is plain JSON: every figure rounded for show and exact beside it", () => {
    const lot = view().lots[0]!;
    expect(JSON.parse(JSON.stringify(lot.ranking[0]))).toEqual({
      bidId: "B",
      rank: 1,
      placedBy: "FIRST",
      label: "Bidder B",
      totalPoints: { shown: "84.00", exact: "84" },
      qualityPoints: { shown: "52.00", exact: "52" },
      costPoints: { shown: "32.00", exact: "32" },
      pricePerQualityPoint: null,
      tco: { shown: "1250000", exact: "1250000" },
    });
  });

  it("states the robustness in words, with the values the message needs", () => {
    const { statement } = view().lots[0]!.sensitivity;
    expect(statement).toEqual({
      code: "evaluationMethod.robustness.robustIncrease",
      values: {
        winner: "Bidder B",
        criterion: "Cost",
        change: "22.50",
        from: "40",
        to: "62.50",
        challenger: "Bidder A",
        threshold: "10",
      },
    });
    expect((t as (key: string, values: object) => string)(statement.code, statement.values)).toBe(
      "The result is robust. The smallest change that alters it is raising “Cost” by 22.50 percentage points (from 40 % to 62.50 %), where Bidder A draws level with Bidder B: more than the 10 points taken as a plausible change.",
    );
  });
});

describe("evaluationView for every shape of result", () => {
  it("has no BigInt left with F8, gates and thresholds", () => {
    const f8: Criterion[] = [
      { key: "tco", name: "Cost", kind: "COST", weight: 0, costFormula: "F8" },
      { key: "quality", name: "Quality", kind: "QUALITY", weight: 80, minimumScore: 2 },
      { key: "openness", name: "Openness", kind: "OPENNESS", weight: 20 },
    ];
    const evaluation = evaluateTender(input(award(f8, { minimumQualityPoints: 40 }), bids));
    if (!evaluation.ok) throw new Error("invalid");
    const json = JSON.parse(JSON.stringify(evaluationView(evaluation.result)));
    // C: quality 1 < 2, and 80 × 1/5 + 20 × 1/5 = 20 quality points < 40.
    expect(json.lots[0].bids[2].gateFailures).toEqual([
      { gate: "CRITERION_MINIMUM", criterionKey: "quality", score: { shown: "1.00", exact: "1" }, minimum: 2 },
      {
        gate: "QUALITY_POINTS_MINIMUM",
        qualityPoints: { shown: "20.00", exact: "20" },
        minimum: { shown: "40.00", exact: "40" },
      },
    ]);
    // B: 80 + 12 = 92 quality points; 1 250 000 / 92 = 312 500/23 ≈ 13 586.96 cents per point.
    expect(json.lots[0].ranking[0]).toMatchObject({
      bidId: "B",
      pricePerQualityPoint: { shown: "13587", exact: "312500/23" },
    });
    expect(json.lots[0].sensitivity.marginUnit).toBe("CENTS_PER_QUALITY_POINT");
  });
});

describe("messages", () => {
  it("has an English message for every robustness statement and every input problem", () => {
    const codes = [
      "noWinner",
      "singleBid",
      "stable",
      "robustIncrease",
      "robustDecrease",
      "sensitiveIncrease",
      "sensitiveDecrease",
    ];
    for (const code of codes) expect(t.has(`evaluationMethod.robustness.${code}` as never), code).toBe(true);
    const problems: Record<EvaluationProblemCode, true> = {
      "evaluation.sovereigntyProfileMissing": true,
      "evaluation.evaluatorDuplicate": true,
      "evaluation.bidDuplicate": true,
      "evaluation.lotDuplicate": true,
      "evaluation.lotRequired": true,
      "evaluation.lotUnknown": true,
      "evaluation.lotNotExpected": true,
      "evaluation.criterionUnknown": true,
      "evaluation.criterionScoredTwice": true,
      "evaluation.criterionNotScored": true,
      "evaluation.noEvaluations": true,
      "evaluation.evaluatorUnknown": true,
      "evaluation.evaluatorScoredTwice": true,
      "evaluation.scoreOutOfScale": true,
      "evaluation.consensusOutOfScale": true,
      "evaluation.consensusMissing": true,
      "evaluation.consensusWithMean": true,
      "evaluation.costNotPositive": true,
      "evaluation.criterionAutomatic": true,
      "evaluation.opennessInputsMissing": true,
      "evaluation.opennessCountsInconsistent": true,
      "evaluation.opennessStandardsInconsistent": true,
    };
    for (const code of Object.keys(problems)) expect(t.has(`problems.${code}` as never), code).toBe(true);
  });
});
