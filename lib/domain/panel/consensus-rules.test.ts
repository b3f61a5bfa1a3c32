import { describe, expect, it } from "vitest";
import {
  activeEvaluatorCount,
  completionRefusal,
  consensusRecordingRefusal,
  expectedToScore,
  lotsWithoutEvaluator,
  missingConsensus,
  pendingEvaluators,
  reopenRefusal,
} from "./consensus-rules";

const AT = new Date("2026-11-24T10:00:00Z");
const NONE: string[] = [];
const members = [
  { id: "chair", role: "CHAIR" as const, removedAt: null, submittedAt: null, excludedLotKeys: NONE },
  { id: "e1", role: "EVALUATOR" as const, removedAt: null, submittedAt: AT, excludedLotKeys: NONE },
  { id: "e2", role: "EVALUATOR" as const, removedAt: null, submittedAt: null, excludedLotKeys: NONE },
  { id: "e3", role: "EVALUATOR" as const, removedAt: AT, submittedAt: null, excludedLotKeys: NONE },
];
// A tender without lots with two bids.
const NO_LOTS = [null, null];

describe("pendingEvaluators", () => {
  it("are the active evaluators who have not submitted: not the chair, not a removed member", () => {
    expect(pendingEvaluators(members, NO_LOTS).map((member) => member.id)).toEqual(["e2"]);
    // e1 and e2 are active; e3 was removed.
    expect(activeEvaluatorCount(members)).toBe(2);
  });

  it("do not include an evaluator excluded by conflict from every lot that has bids", () => {
    // Bids in LOT-1 (two) and LOT-2 (one); LOT-3 has none.
    const bidLots = ["LOT-1", "LOT-2", "LOT-1"];
    const lotMembers = [
      // Left LOT-1 and LOT-2: LOT-3 is still theirs, but it has no bid, so nothing to score.
      {
        id: "left-both",
        role: "EVALUATOR" as const,
        removedAt: null,
        submittedAt: null,
        excludedLotKeys: ["LOT-1", "LOT-2"],
      },
      // Left LOT-1 only: still scores the bid of LOT-2, so still awaited.
      { id: "left-one", role: "EVALUATOR" as const, removedAt: null, submittedAt: null, excludedLotKeys: ["LOT-1"] },
      { id: "all", role: "EVALUATOR" as const, removedAt: null, submittedAt: null, excludedLotKeys: NONE },
    ];
    expect(pendingEvaluators(lotMembers, bidLots).map((member) => member.id)).toEqual(["left-one", "all"]);
    expect(expectedToScore(lotMembers[0]!, bidLots)).toBe(false);
    expect(expectedToScore(lotMembers[1]!, bidLots)).toBe(true);
    // The chair never scores; without any bid nobody has anything to score.
    expect(expectedToScore(members[0]!, NO_LOTS)).toBe(false);
    expect(expectedToScore(members[2]!, [])).toBe(false);
  });
});

describe("lotsWithoutEvaluator", () => {
  it("are the lots with bids that no active evaluator still evaluates", () => {
    const lotMembers = [
      { role: "CHAIR" as const, removedAt: null, excludedLotKeys: NONE },
      { role: "EVALUATOR" as const, removedAt: null, excludedLotKeys: ["LOT-1"] },
      { role: "EVALUATOR" as const, removedAt: null, excludedLotKeys: ["LOT-1", "LOT-2"] },
      { role: "EVALUATOR" as const, removedAt: AT, excludedLotKeys: NONE },
    ];
    // LOT-1: both active evaluators left it, the third was removed, the chair does not score.
    // LOT-2: the first active evaluator still evaluates it. LOT-3 has no bid.
    expect(lotsWithoutEvaluator(lotMembers, ["LOT-1", "LOT-2", "LOT-1"])).toEqual(["LOT-1"]);
    expect(lotsWithoutEvaluator(members, NO_LOTS)).toEqual([]);
    expect(lotsWithoutEvaluator([members[0]!, members[3]!], NO_LOTS)).toEqual([null]);
  });
});

describe("consensusRecordingRefusal", () => {
  it("waits for every submission, and is not for MEAN or a closed consensus", () => {
    expect(consensusRecordingRefusal({ aggregation: "CONSENSUS", pendingCount: 1, consensusComplete: false })).toBe(
      "waitingForSubmissions",
    );
    expect(consensusRecordingRefusal({ aggregation: "CONSENSUS", pendingCount: 0, consensusComplete: false })).toBe(
      null,
    );
    expect(consensusRecordingRefusal({ aggregation: "MEAN", pendingCount: 0, consensusComplete: false })).toBe(
      "meanApplies",
    );
    expect(consensusRecordingRefusal({ aggregation: "CONSENSUS", pendingCount: 0, consensusComplete: true })).toBe(
      "consensusComplete",
    );
  });
});

describe("completionRefusal", () => {
  const base = {
    aggregation: "CONSENSUS" as const,
    activeEvaluators: 3,
    lotsWithoutEvaluator: 0,
    pendingCount: 0,
    consensusComplete: false,
    missingConsensus: [],
  };

  it("closes when everyone submitted and, with CONSENSUS, every score is recorded", () => {
    expect(completionRefusal(base)).toBeNull();
    expect(
      completionRefusal({ ...base, aggregation: "MEAN", missingConsensus: [{ bidId: "b", criterionKey: "c" }] }),
    ).toBeNull();
  });

  it.each([
    ["already closed", { consensusComplete: true }, "consensusComplete"],
    ["no evaluator left", { activeEvaluators: 0 }, "noEvaluators"],
    ["a lot with bids has no evaluator left", { lotsWithoutEvaluator: 1, pendingCount: 1 }, "lotWithoutEvaluators"],
    ["a submission missing", { pendingCount: 1 }, "waitingForSubmissions"],
    ["a consensus score missing", { missingConsensus: [{ bidId: "b", criterionKey: "c" }] }, "consensusMissing"],
  ])("refuses when %s", (_why, overrides, refusal) => {
    expect(completionRefusal({ ...base, ...overrides })).toBe(refusal);
  });
});

describe("missingConsensus", () => {
  it("lists the expected pairs without a recorded score", () => {
    const expected = [
      { bidId: "b1", criterionKey: "c1" },
      { bidId: "b1", criterionKey: "c2" },
      { bidId: "b2", criterionKey: "c1" },
    ];
    expect(missingConsensus(expected, [{ bidId: "b1", criterionKey: "c2" }])).toEqual([
      { bidId: "b1", criterionKey: "c1" },
      { bidId: "b2", criterionKey: "c1" },
    ]);
  });
});

describe("reopenRefusal", () => {
  it("reopens a submitted evaluator's scores until the consensus is complete", () => {
    expect(reopenRefusal(members[1]!, false)).toBeNull();
    expect(reopenRefusal(members[1]!, true)).toBe("consensusComplete");
    expect(reopenRefusal(members[2]!, false)).toBe("notSubmitted");
    expect(reopenRefusal(members[0]!, false)).toBe("notSubmitted");
  });
});
