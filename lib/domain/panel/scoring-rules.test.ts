import { describe, expect, it } from "vitest";
import type { CriteriaTree } from "@/lib/domain/tender/criteria-tree";
import {
  automaticCriteria,
  expectedScores,
  isScoreOnScale,
  scoredCriteria,
  scoringDeadlinePassed,
  scoringProgress,
  scoringRefusal,
} from "./scoring-rules";

const tree: CriteriaTree = [
  { key: "cost", name: "Cost", kind: "COST", weight: 40, costFormula: "F1" },
  {
    key: "quality",
    name: "Quality",
    kind: "QUALITY",
    weight: 35,
    children: [
      { key: "functional", name: "Fit to needs", kind: "QUALITY", weight: 60, description: "Users' needs" },
      { key: "delivery", name: "Delivery", kind: "QUALITY", weight: 40 },
    ],
  },
  { key: "sovereignty", name: "Sovereignty", kind: "SOVEREIGNTY", weight: 10 },
  { key: "openness", name: "Openness", kind: "OPENNESS", weight: 15 },
];

describe("scoredCriteria", () => {
  it("lists the QUALITY and OPENNESS leaves in order, with their parent's name; not cost, sovereignty or parents", () => {
    expect(scoredCriteria(tree)).toEqual([
      { key: "functional", name: "Fit to needs", description: "Users' needs", parentName: "Quality" },
      { key: "delivery", name: "Delivery", description: "", parentName: "Quality" },
      { key: "openness", name: "Openness", description: "", parentName: null },
    ]);
  });
});

describe("automaticCriteria", () => {
  it("lists the openness leaves the tender computes automatically, which scoredCriteria leaves out", () => {
    const automatic: CriteriaTree = tree.map((criterion) =>
      criterion.key === "openness"
        ? { ...criterion, automaticOpenness: { licencesPercent: 50, standardsPercent: 50 } }
        : criterion,
    );
    expect(automaticCriteria(automatic)).toEqual([
      { key: "openness", name: "Openness", description: "", parentName: null },
    ]);
    expect(scoredCriteria(automatic).map((criterion) => criterion.key)).toEqual(["functional", "delivery"]);
    expect(automaticCriteria(tree)).toEqual([]);
  });
});

describe("isScoreOnScale", () => {
  it.each([
    [0, 5, true],
    [5, 5, true],
    [6, 5, false],
    [-1, 5, false],
    [2.5, 5, false],
    [10, 10, true],
  ])("%s on 0–%s: %s", (score, max, ok) => {
    expect(isScoreOnScale(score, max)).toBe(ok);
  });
});

describe("scoringDeadlinePassed", () => {
  it("keeps the deadline day open and closes the next day", () => {
    expect(scoringDeadlinePassed("2026-11-30", "2026-11-30")).toBe(false);
    expect(scoringDeadlinePassed("2026-11-30", "2026-12-01")).toBe(true);
    expect(scoringDeadlinePassed(null, "2099-01-01")).toBe(false);
  });
});

describe("scoringRefusal", () => {
  const context = { deadline: "2026-11-30", today: "2026-11-25", consensusComplete: false };
  const evaluator = { role: "EVALUATOR" as const, removedAt: null, submittedAt: null };
  const AT = new Date("2026-11-24T10:00:00Z");

  it("lets an active evaluator score before the deadline", () => {
    expect(scoringRefusal(evaluator, context)).toBeNull();
  });

  it.each([
    ["the chair", { ...evaluator, role: "CHAIR" as const }, context, "notEvaluator"],
    ["a removed evaluator", { ...evaluator, removedAt: AT }, context, "notEvaluator"],
    ["after submitting", { ...evaluator, submittedAt: AT }, context, "alreadySubmitted"],
    ["after the deadline", evaluator, { ...context, today: "2026-12-01" }, "deadlinePassed"],
    [
      "after the consensus",
      { ...evaluator, submittedAt: AT },
      { ...context, consensusComplete: true },
      "consensusComplete",
    ],
  ])("refuses %s", (_who, member, ctx, refusal) => {
    expect(scoringRefusal(member, ctx)).toBe(refusal);
  });
});

describe("expectedScores and scoringProgress", () => {
  const bids = [
    { id: "b1", lotKey: "LOT-1" },
    { id: "b2", lotKey: "LOT-2" },
    { id: "b3", lotKey: "LOT-1" },
  ];
  const criteria = [{ key: "functional" }, { key: "openness" }];

  it("asks for every scored criterion of every bid of the lots the evaluator evaluates", () => {
    // LOT-2 excluded: bids b1 and b3 × 2 criteria = 4 scores.
    const expected = expectedScores({ removedAt: null, excludedLotKeys: ["LOT-2"] }, bids, criteria);
    expect(expected).toEqual([
      { bidId: "b1", criterionKey: "functional" },
      { bidId: "b1", criterionKey: "openness" },
      { bidId: "b3", criterionKey: "functional" },
      { bidId: "b3", criterionKey: "openness" },
    ]);
    expect(expectedScores({ removedAt: new Date(), excludedLotKeys: [] }, bids, criteria)).toEqual([]);
  });

  it("counts scores with a justification, and lists the rest", () => {
    const expected = expectedScores({ removedAt: null, excludedLotKeys: [] }, bids.slice(0, 2), criteria);
    // 2 bids × 2 criteria = 4 expected; one saved with a justification, one with a blank one, one of a bid
    // not expected (b3): 1 done, 3 missing.
    const progress = scoringProgress(expected, [
      { bidId: "b1", criterionKey: "functional", justification: "Clear user research" },
      { bidId: "b1", criterionKey: "openness", justification: "  " },
      { bidId: "b3", criterionKey: "openness", justification: "Not mine" },
    ]);
    expect(progress).toEqual({
      done: 1,
      total: 4,
      missing: [
        { bidId: "b1", criterionKey: "openness" },
        { bidId: "b2", criterionKey: "functional" },
        { bidId: "b2", criterionKey: "openness" },
      ],
    });
  });
});
