import type { SovereigntyClaims, SovereigntyReviews } from "@/lib/domain/bids/bid-model";
import type { CriteriaTree } from "@/lib/domain/tender/criteria-tree";
import {
  SOVEREIGNTY_OBJECTIVES,
  type SealLevel,
  type SovereigntyObjective,
  type SovereigntyProfile,
} from "@/lib/domain/tender/sovereignty";
import { Exact, sum } from "./exact";

/**
 * A bid's sovereignty against the tender's profile (EU Cloud Sovereignty Framework v1.2.1, as
 * decisions.md applies it): the level per objective is the evaluator's when one reviewed it, the
 * bid's claim otherwise, SEAL-0 when the bid claims nothing; the gate compares each level with the
 * tender's minimum before any points; points are Σ weight_n × level_n / 4, scaled to the weight of
 * the SOVEREIGNTY award criterion; the overall SEAL is the lowest level (a minimum, never an average).
 */

export type LevelSource = "REVIEW" | "CLAIM" | "NONE";

export type ObjectiveAssessment = {
  objective: SovereigntyObjective;
  /** What the bid claims, kept visible beside the evaluator's level; null when it claims nothing. */
  claimed: SealLevel | null;
  /** The evaluator's confirmed or lowered level; null until reviewed. */
  reviewed: SealLevel | null;
  /** The level that counts. */
  level: SealLevel;
  source: LevelSource;
  minimum: SealLevel;
  meetsMinimum: boolean;
  /** Weight of the objective in percent (the tender's, summing to 100). */
  weight: number;
};

/**
 * What a failed gate does. The tender's sovereignty profile has no setting for it yet, so the app
 * excludes (decisions.md's default); "FLAG" is here for the day the tender can choose it.
 */
export type SovereigntyGateMode = "EXCLUDE" | "FLAG";
export type GateResult = "PASSED" | "EXCLUDED" | "FLAGGED";

export type SovereigntyAssessment = {
  objectives: ObjectiveAssessment[];
  gate: GateResult;
  /** Objectives below the tender's minimum, in SOV order. */
  failedObjectives: SovereigntyObjective[];
  /** Lowest level over the eight objectives. */
  overallSeal: SealLevel;
  /** Σ weight_n × level_n / 4: 0–100, the share of the full score (before the criterion's weight). */
  scorePercent: Exact;
  /**
   * Points towards the award: scorePercent × the SOVEREIGNTY criterion's weight / 100. Null when
   * the bid is excluded by the gate (the gate comes before points) or the tender has no such criterion.
   */
  points: Exact | null;
  /** The SOVEREIGNTY criterion's weight (percent of the total), null when the tender has none. */
  criterionWeight: number | null;
};

/** The weight of the tender's SOVEREIGNTY criterion (a top-level leaf), or null when it has none. */
export function sovereigntyCriterionWeight(criteria: CriteriaTree): number | null {
  const found = criteria.filter((criterion) => criterion.kind === "SOVEREIGNTY");
  return found.length === 0 ? null : found.reduce((total, criterion) => total + criterion.weight, 0);
}

export function assessSovereignty(
  claims: SovereigntyClaims,
  reviews: SovereigntyReviews,
  profile: SovereigntyProfile,
  criterionWeight: number | null,
  gateMode: SovereigntyGateMode = "EXCLUDE",
): SovereigntyAssessment {
  const objectives = SOVEREIGNTY_OBJECTIVES.map((objective): ObjectiveAssessment => {
    const claimed = claims[objective]?.level ?? null;
    const reviewed = reviews[objective]?.level ?? null;
    const level = reviewed ?? claimed ?? 0;
    const minimum = (profile.minimumSeal[objective]?.seal ?? 0) as SealLevel;
    return {
      objective,
      claimed,
      reviewed,
      level,
      source: reviewed !== null ? "REVIEW" : claimed !== null ? "CLAIM" : "NONE",
      minimum,
      meetsMinimum: level >= minimum,
      weight: profile.weights[objective] ?? 0,
    };
  });
  const failedObjectives = objectives.filter((entry) => !entry.meetsMinimum).map((entry) => entry.objective);
  const gate: GateResult = failedObjectives.length === 0 ? "PASSED" : gateMode === "FLAG" ? "FLAGGED" : "EXCLUDED";
  const scorePercent = sum(objectives.map((entry) => new Exact(entry.weight).times(entry.level).dividedBy(4)));
  const points =
    gate === "EXCLUDED" || criterionWeight === null ? null : scorePercent.times(criterionWeight).dividedBy(100);
  const overallSeal = Math.min(...objectives.map((entry) => entry.level)) as SealLevel;
  return { objectives, gate, failedObjectives, overallSeal, scorePercent, points, criterionWeight };
}
