import { describe, expect, it } from "vitest";
import type { SovereigntyReview } from "./bid-model";
import { checkReviewedLevel, claimedLevel, objectiveLevels } from "./sovereignty-review";

const review = (level: SovereigntyReview["level"]): SovereigntyReview => ({
  level,
  justification: "The data centre is run by a US subsidiary.",
  reviewerId: "u1",
  reviewerName: "Bruno Evaluator",
  at: "2026-11-23T10:00:00.000Z",
});

describe("objectiveLevels", () => {
  it("lists the eight objectives with the claim beside the reviewed level", () => {
    const claims = {
      "SOV-1": { level: 3 as const, evidence: "EU cooperative" },
      "SOV-3": { level: 2 as const, evidence: "" },
    };
    const levels = objectiveLevels(claims, { "SOV-3": review(1) });
    expect(levels.map((entry) => entry.objective)).toEqual([
      "SOV-1",
      "SOV-2",
      "SOV-3",
      "SOV-4",
      "SOV-5",
      "SOV-6",
      "SOV-7",
      "SOV-8",
    ]);
    // SOV-1: claimed 3, not reviewed → 3. SOV-2: no claim → SEAL-0. SOV-3: claimed 2, lowered to 1 → 1.
    expect(levels[0]).toEqual({
      objective: "SOV-1",
      claim: claims["SOV-1"],
      claimedLevel: 3,
      review: null,
      level: 3,
    });
    expect(levels[1]).toEqual({ objective: "SOV-2", claim: null, claimedLevel: 0, review: null, level: 0 });
    expect(levels[2]).toMatchObject({ claimedLevel: 2, level: 1, review: { level: 1 } });
  });
});

describe("claimedLevel", () => {
  it("counts an objective without a claim as SEAL-0", () => {
    expect(claimedLevel({}, "SOV-8")).toBe(0);
    expect(claimedLevel({ "SOV-8": { level: 2, evidence: "" } }, "SOV-8")).toBe(2);
  });
});

describe("checkReviewedLevel", () => {
  it.each([
    [3, 3, null], // confirmed
    [3, 0, null], // lowered all the way
    [2, 3, "sovereigntyReview.aboveClaim"], // raised: never
    [0, 1, "sovereigntyReview.aboveClaim"],
  ] as const)("claimed SEAL-%i, reviewed SEAL-%i: %s", (claimed, level, result) => {
    expect(checkReviewedLevel(claimed, level)).toBe(result);
  });
});
