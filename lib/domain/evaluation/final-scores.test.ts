import { describe, expect, it } from "vitest";
import { toExactText } from "@/lib/domain/rational";
import { isDisagreement, summariseScores } from "./final-scores";

describe("final scores", () => {
  it("MEAN: the arithmetic mean counts, exactly (2, 4, 5 → 11/3)", () => {
    const summary = summariseScores([2, 4, 5], null, "MEAN", 5, 30);
    expect([toExactText(summary.mean!), toExactText(summary.final!), summary.spread]).toEqual(["11/3", "11/3", 3]);
  });

  it("CONSENSUS: the chair's score counts; the mean is still shown", () => {
    const summary = summariseScores([2, 4, 5], 4, "CONSENSUS", 5, 30);
    expect([toExactText(summary.mean!), toExactText(summary.final!)]).toEqual(["11/3", "4"]);
  });

  it("CONSENSUS not yet recorded, or no score: nothing counts yet", () => {
    expect(summariseScores([3, 3], null, "CONSENSUS", 5, 30).final).toBeNull();
    expect(summariseScores([], null, "MEAN", 5, 30)).toEqual({
      mean: null,
      final: null,
      spread: null,
      disagreement: false,
    });
  });

  // 30 % of 0–5 is 1.5: a spread of 2 or more; of 0–10 it is 3: a spread of 3 or more.
  it.each<[number, number, number, boolean]>([
    [1, 5, 30, false],
    [2, 5, 30, true],
    [2, 10, 30, false],
    [3, 10, 30, true], // exactly 30 %: "or more"
    [1, 5, 20, true], // a threshold of 20 % on 0–5 is 1
    [0, 5, 0, true],
  ])("a spread of %d on 0–%d with a %d %% threshold is a disagreement: %s", (spread, max, threshold, expected) => {
    expect(isDisagreement(spread, max, threshold)).toBe(expected);
  });

  it("flags the disagreement in the summary", () => {
    expect(summariseScores([1, 3, 3], 3, "CONSENSUS", 5, 30).disagreement).toBe(true);
    expect(summariseScores([3, 4, 4], 4, "CONSENSUS", 5, 30).disagreement).toBe(false);
  });
});
