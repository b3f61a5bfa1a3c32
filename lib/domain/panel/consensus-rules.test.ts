import { describe, expect, it } from "vitest";
import {
  activeEvaluatorCount,
  completionRefusal,
  consensusRecordingRefusal,
  missingConsensus,
  pendingEvaluators,
  reopenRefusal,
} from "./consensus-rules";

const AT = new Date("2026-11-24T10:00:00Z");
const members = [
  { id: "chair", role: "CHAIR" as const, removedAt: null, submittedAt: null },
  { id: "e1", role: "EVALUATOR" as const, removedAt: null, submittedAt: AT },
  { id: "e2", role: "EVALUATOR" as const, removedAt: null, submittedAt: null },
  { id: "e3", role: "EVALUATOR" as const, removedAt: AT, submittedAt: null },
];

describe("pendingEvaluators", () => {
  it("are the active evaluators who have not submitted: not the chair, not a removed member", () => {
    expect(pendingEvaluators(members).map((member) => member.id)).toEqual(["e2"]);
    // e1 and e2 are active; e3 was removed.
    expect(activeEvaluatorCount(members)).toBe(2);
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
