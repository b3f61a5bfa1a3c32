import { describe, expect, it } from "vitest";
import type { Criterion } from "@/lib/domain/tender/criteria-tree";
import { evaluateTender } from "./evaluate-tender";
import type { EvaluationBid } from "./evaluation-input";
import { checkEvaluationInput } from "./input-check";
import { award, bid, input, withoutConsensus } from "./testing/fixtures";

const criteria: Criterion[] = [
  { key: "tco", name: "Cost", kind: "COST", weight: 40, costFormula: "F1" },
  { key: "quality", name: "Quality", kind: "QUALITY", weight: 60 },
];
const good = bid("A", 1_000, { quality: 3 });
const codes = (bids: EvaluationBid[], extra: Parameters<typeof input>[2] = {}, settings = {}) =>
  checkEvaluationInput(input(award(criteria, settings), bids, extra)).map((p) => `${p.code}@${p.path}`);

describe("checkEvaluationInput", () => {
  it("accepts a complete evaluation", () => {
    expect(codes([good])).toEqual([]);
  });

  it("refuses to compute anything while an error remains", () => {
    const evaluation = evaluateTender(input(award(criteria), [{ ...good, scores: [] }]));
    expect(evaluation.ok).toBe(false);
  });

  it("reports the award's own problems under award.", () => {
    expect(codes([good], {}, { criteria: [{ ...criteria[0]!, weight: 50 }, criteria[1]!] })).toEqual([
      "criteria.weightsSum@award.criteria",
    ]);
  });

  it("finds scores out of the scale, unknown evaluators and criteria, and double scores", () => {
    const broken: EvaluationBid = {
      ...good,
      scores: [
        {
          criterionKey: "quality",
          evaluations: [
            { evaluatorId: "chair", score: 6, justification: "x" },
            { evaluatorId: "ghost", score: 2.5, justification: "x" },
            { evaluatorId: "chair", score: 3, justification: "x" },
          ],
          consensus: { score: -1, rationale: "x" },
        },
        { criterionKey: "quality", evaluations: [], consensus: null },
        { criterionKey: "tco", evaluations: [], consensus: null },
      ],
    };
    expect(codes([broken])).toEqual([
      "evaluation.scoreOutOfScale@bids.0.scores.0.evaluations.0.score",
      "evaluation.evaluatorUnknown@bids.0.scores.0.evaluations.1.evaluatorId",
      "evaluation.scoreOutOfScale@bids.0.scores.0.evaluations.1.score",
      "evaluation.evaluatorScoredTwice@bids.0.scores.0.evaluations.2.evaluatorId",
      "evaluation.consensusOutOfScale@bids.0.scores.0.consensus.score",
      "evaluation.criterionScoredTwice@bids.0.scores.1.criterionKey",
      // The cost criterion is scored by its formula, not by evaluators.
      "evaluation.criterionUnknown@bids.0.scores.2.criterionKey",
    ]);
  });

  it("needs every scored criterion for every bid, and its consensus when the tender uses one", () => {
    expect(codes([{ ...good, scores: [] }])).toEqual(["evaluation.criterionNotScored@bids.0.scores"]);
    expect(codes([withoutConsensus(good)])).toEqual(["evaluation.consensusMissing@bids.0.scores.0.consensus"]);
    expect(codes([good], {}, { scoreAggregation: "MEAN" })).toEqual([
      "evaluation.consensusWithMean@bids.0.scores.0.consensus",
    ]);
    expect(codes([withoutConsensus(good)], {}, { scoreAggregation: "MEAN" })).toEqual([]);
  });

  it("checks lots, duplicate ids and a cost the formula can score", () => {
    const lots = [{ key: "LOT-1", title: "One" }];
    expect(codes([good], { lots })).toEqual(["evaluation.lotRequired@bids.0.lotKey"]);
    expect(codes([{ ...good, lotKey: "LOT-9" }], { lots })).toEqual(["evaluation.lotUnknown@bids.0.lotKey"]);
    expect(codes([{ ...good, lotKey: "LOT-1" }])).toEqual(["evaluation.lotNotExpected@bids.0.lotKey"]);
    expect(codes([good, good])).toEqual(["evaluation.bidDuplicate@bids.1.id"]);
    expect(codes([{ ...good, costLines: [] }])).toEqual(["evaluation.costNotPositive@bids.0.costLines"]);
  });

  it("needs the sovereignty profile when a criterion scores sovereignty", () => {
    const tree: Criterion[] = [
      criteria[0]!,
      { ...criteria[1]!, weight: 40 },
      { key: "sov", name: "Sovereignty", kind: "SOVEREIGNTY", weight: 20 },
    ];
    expect(checkEvaluationInput(input(award(tree), [good])).map((p) => p.code)).toEqual([
      "evaluation.sovereigntyProfileMissing",
    ]);
  });
});
