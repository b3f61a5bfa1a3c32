import { describe, expect, it } from "vitest";
import type { SovereigntyClaims, SovereigntyReviews } from "@/lib/domain/bids/bid-model";
import {
  DEFAULT_SOVEREIGNTY_WEIGHTS,
  SOVEREIGNTY_OBJECTIVES,
  type SealLevel,
  type SovereigntyObjective,
  type SovereigntyProfile,
} from "@/lib/domain/tender/sovereignty";
import { twoDecimals } from "./exact";
import { assessSovereignty, sovereigntyCriterionWeight } from "./sovereignty-assessment";

function claims(levels: Partial<Record<SovereigntyObjective, SealLevel>>): SovereigntyClaims {
  return Object.fromEntries(Object.entries(levels).map(([objective, level]) => [objective, { level, evidence: "" }]));
}

function review(level: SealLevel): NonNullable<SovereigntyReviews["SOV-1"]> {
  return {
    level,
    justification: "Evidence shows support from outside the EU.",
    reviewerId: "u1",
    reviewerName: "Eva",
    at: "2026-03-01T10:00:00Z",
  };
}

/** Minimum SEAL-2 on SOV-1..7, none on SOV-8; the framework's default weights 15/10/10/15/20/15/10/5. */
const PROFILE: SovereigntyProfile = {
  assessment: { dataSensitivity: 2, serviceCriticality: 2, legalExposure: 2, supplierDependence: 2 },
  minimumSeal: Object.fromEntries(
    SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, { seal: objective === "SOV-8" ? 0 : 2 }]),
  ) as SovereigntyProfile["minimumSeal"],
  weights: DEFAULT_SOVEREIGNTY_WEIGHTS,
};

// Claimed levels SOV-1..8: 3, 2, 2, 3, 2, 4, 3, 1.
const CLAIMS = claims({
  "SOV-1": 3,
  "SOV-2": 2,
  "SOV-3": 2,
  "SOV-4": 3,
  "SOV-5": 2,
  "SOV-6": 4,
  "SOV-7": 3,
  "SOV-8": 1,
});

describe("assessSovereignty", () => {
  it("passes the gate, scores Σ w × level / 4 and scales it to the criterion's weight", () => {
    // Σ w × level = 15×3 + 10×2 + 10×2 + 15×3 + 20×2 + 15×4 + 10×3 + 5×1
    //             = 45 + 20 + 20 + 45 + 40 + 60 + 30 + 5 = 265; / 4 = 66.25 % of the full score.
    // Criterion weight 20 → 66.25 × 20 / 100 = 13.25 points. Overall SEAL = lowest = 1 (SOV-8).
    const result = assessSovereignty(CLAIMS, {}, PROFILE, 20);
    expect(result.gate).toBe("PASSED");
    expect(result.failedObjectives).toEqual([]);
    expect(result.scorePercent.toFixed()).toBe("66.25");
    expect(result.points?.toFixed()).toBe("13.25");
    expect(result.overallSeal).toBe(1);
    expect(result.objectives[0]).toEqual({
      objective: "SOV-1",
      claimed: 3,
      reviewed: null,
      level: 3,
      source: "CLAIM",
      minimum: 2,
      meetsMinimum: true,
      weight: 15,
    });
  });

  it("keeps the unrounded points and shows them to 2 decimals", () => {
    // 66.25 × 15 / 100 = 9.9375 → shown 9.94 (half up).
    const result = assessSovereignty(CLAIMS, {}, PROFILE, 15);
    expect(result.points?.toFixed()).toBe("9.9375");
    expect(twoDecimals(result.points!)).toBe("9.94");
  });

  it("takes the evaluator's lowered level over the claim, keeps the claim visible, and excludes below the minimum", () => {
    // SOV-5 lowered from 2 to 1, below its minimum 2 → excluded, no points, overall SEAL 1.
    const result = assessSovereignty(CLAIMS, { "SOV-5": review(1) }, PROFILE, 20);
    const sov5 = result.objectives.find((entry) => entry.objective === "SOV-5");
    expect(sov5).toMatchObject({ claimed: 2, reviewed: 1, level: 1, source: "REVIEW", meetsMinimum: false });
    expect(result.gate).toBe("EXCLUDED");
    expect(result.failedObjectives).toEqual(["SOV-5"]);
    expect(result.points).toBeNull();
    // The score is still computed for the record: 265 − 20×(2 − 1) = 245; / 4 = 61.25.
    expect(result.scorePercent.toFixed()).toBe("61.25");
  });

  it("counts a confirmed level like the claim", () => {
    const result = assessSovereignty(CLAIMS, { "SOV-6": review(4) }, PROFILE, 20);
    expect(result.objectives[5]).toMatchObject({ claimed: 4, reviewed: 4, level: 4, source: "REVIEW" });
    expect(result.points?.toFixed()).toBe("13.25");
  });

  it("counts an objective without a claim as SEAL-0", () => {
    // No claim on SOV-8 (minimum 0): level 0, still passes; 265 − 5×1 = 260; / 4 = 65 → × 20 / 100 = 13.
    const { "SOV-8": _dropped, ...withoutSov8 } = CLAIMS;
    const result = assessSovereignty(withoutSov8, {}, PROFILE, 20);
    expect(result.objectives[7]).toMatchObject({ claimed: null, reviewed: null, level: 0, source: "NONE" });
    expect(result.gate).toBe("PASSED");
    expect(result.overallSeal).toBe(0);
    expect(result.points?.toFixed()).toBe("13");
  });

  it("excludes a bid that claims nothing when the tender sets minimums", () => {
    const result = assessSovereignty({}, {}, PROFILE, 20);
    expect(result.gate).toBe("EXCLUDED");
    expect(result.failedObjectives).toEqual(["SOV-1", "SOV-2", "SOV-3", "SOV-4", "SOV-5", "SOV-6", "SOV-7"]);
    expect(result.scorePercent.toFixed()).toBe("0");
  });

  it("passes exactly at the minimum", () => {
    const atMinimum = claims(Object.fromEntries(SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, 2])));
    // All at SEAL-2: Σ w × 2 / 4 = 100 × 2 / 4 = 50 → × 20 / 100 = 10 points.
    const result = assessSovereignty(atMinimum, {}, PROFILE, 20);
    expect(result.gate).toBe("PASSED");
    expect(result.points?.toFixed()).toBe("10");
  });

  it("gives full points at SEAL-4 everywhere", () => {
    const full = claims(Object.fromEntries(SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, 4])));
    // 100 × 4 / 4 = 100 % → the whole criterion weight, 20.
    const result = assessSovereignty(full, {}, PROFILE, 20);
    expect(result.scorePercent.toFixed()).toBe("100");
    expect(result.points?.toFixed()).toBe("20");
    expect(result.overallSeal).toBe(4);
  });

  it("flags instead of excluding when asked, and then still gives points", () => {
    const result = assessSovereignty(CLAIMS, { "SOV-5": review(1) }, PROFILE, 20, "FLAG");
    expect(result.gate).toBe("FLAGGED");
    // 61.25 × 20 / 100 = 12.25
    expect(result.points?.toFixed()).toBe("12.25");
  });

  it("gives no points when the tender has no sovereignty criterion, but still gates", () => {
    const result = assessSovereignty(CLAIMS, {}, PROFILE, null);
    expect(result.points).toBeNull();
    expect(result.gate).toBe("PASSED");
  });
});

describe("sovereigntyCriterionWeight", () => {
  it("reads the weight of the SOVEREIGNTY criterion, or null", () => {
    const criteria = [
      { key: "cost", name: "Cost", kind: "COST" as const, weight: 40 },
      { key: "sov", name: "Sovereignty", kind: "SOVEREIGNTY" as const, weight: 20 },
      { key: "q", name: "Quality", kind: "QUALITY" as const, weight: 40 },
    ];
    expect(sovereigntyCriterionWeight(criteria)).toBe(20);
    expect(sovereigntyCriterionWeight(criteria.filter((criterion) => criterion.kind !== "SOVEREIGNTY"))).toBeNull();
  });
});
