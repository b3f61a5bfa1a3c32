import { describe, expect, it } from "vitest";
import { DEFAULT_PANEL_SETTINGS } from "./panel-model";
import { compositionProblems, deadlineInPast, lockedChange, type PanelChange } from "./panel-composition";

describe("compositionProblems", () => {
  it("accepts one chair and two or more other evaluators", () => {
    expect(compositionProblems({ chairUserId: "c", evaluatorUserIds: ["a", "b"] })).toEqual([]);
  });

  it("needs a chair, at least two evaluators, and nobody in both places", () => {
    expect(compositionProblems({ chairUserId: "", evaluatorUserIds: ["a", "b"] })).toEqual(["chairRequired"]);
    // The chair listed among the evaluators counts once, as chair: one evaluator is left.
    expect(compositionProblems({ chairUserId: "a", evaluatorUserIds: ["a", "b"] })).toEqual([
      "chairIsEvaluator",
      "tooFewEvaluators",
    ]);
    // Duplicates count once.
    expect(compositionProblems({ chairUserId: "c", evaluatorUserIds: ["a", "a"] })).toEqual(["tooFewEvaluators"]);
  });

  it("refuses more than twenty evaluators", () => {
    const many = Array.from({ length: 21 }, (_, i) => `e${i}`);
    expect(compositionProblems({ chairUserId: "c", evaluatorUserIds: many })).toEqual(["tooManyEvaluators"]);
  });
});

describe("deadlineInPast", () => {
  it("accepts today and later, or no deadline", () => {
    expect(deadlineInPast("2026-11-21", "2026-11-21")).toBe(false);
    expect(deadlineInPast("2026-11-20", "2026-11-21")).toBe(true);
    expect(deadlineInPast(null, "2026-11-21")).toBe(false);
  });
});

describe("lockedChange", () => {
  const before = { chairUserId: "c", evaluatorUserIds: ["a", "b"], ...DEFAULT_PANEL_SETTINGS };
  const change = (after: Partial<PanelChange["after"]>): PanelChange => ({ before, after: { ...before, ...after } });
  const open = { scoringStarted: false, consensusComplete: false, chairWithdrew: false };
  const started = { ...open, scoringStarted: true };

  it("lets anything change before the first score", () => {
    expect(lockedChange(change({ evaluatorUserIds: ["a", "d"], blindMode: true }), open)).toBeNull();
  });

  it("locks the members and the settings once scoring has started, but not the deadline", () => {
    expect(lockedChange(change({ evaluatorUserIds: ["b", "a"] }), started)).toBeNull();
    expect(lockedChange(change({ evaluatorUserIds: ["a", "b", "d"] }), started)).toBe("members");
    expect(lockedChange(change({ chairUserId: "d" }), started)).toBe("members");
    expect(lockedChange(change({ pricesHiddenUntilSubmitted: false }), started)).toBe("settings");
    expect(lockedChange(change({ disagreementThresholdPercent: 20 }), started)).toBe("settings");
    expect(lockedChange(change({ scoringDeadline: "2026-12-15" }), started)).toBeNull();
  });

  it("lets a new chair be appointed when the chair stepped down", () => {
    expect(lockedChange(change({ chairUserId: "d" }), { ...started, chairWithdrew: true })).toBeNull();
  });

  it("locks everything, the deadline too, once the consensus is complete", () => {
    const closed = { ...started, consensusComplete: true };
    expect(lockedChange(change({ scoringDeadline: "2026-12-15" }), closed)).toBe("everything");
    expect(lockedChange(change({}), closed)).toBeNull();
  });
});
