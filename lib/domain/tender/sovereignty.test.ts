import { describe, expect, it } from "vitest";
import {
  decidingReasons,
  DEFAULT_SOVEREIGNTY_WEIGHTS,
  explainMinimumSeal,
  followProposal,
  proposeMinimumSeal,
  SOVEREIGNTY_OBJECTIVES,
  validateSealOverrides,
  validateSovereigntyWeights,
  type RiskAssessment,
  type RiskLevel,
  type SealLevel,
  type SealRequirement,
  type SovereigntyObjective,
} from "./sovereignty";

/** One value per objective, SOV-1 to SOV-8 in order. */
const perObjective = <T>(...values: T[]) =>
  Object.fromEntries(SOVEREIGNTY_OBJECTIVES.map((objective, i) => [objective, values[i]])) as Record<
    SovereigntyObjective,
    T
  >;
const levels = (...seals: number[]) => perObjective(...(seals as SealLevel[]));

/** A risk assessment, its four factors in the order of the framework. */
const risk = (
  dataSensitivity: RiskLevel,
  serviceCriticality: RiskLevel,
  legalExposure: RiskLevel,
  supplierDependence: RiskLevel,
): RiskAssessment => ({ dataSensitivity, serviceCriticality, legalExposure, supplierDependence });

/** Very sensitive data, an essential service, little lock-in. */
const patientRecords = risk(3, 2, 2, 1);

describe("sovereignty objectives", () => {
  it("default to the framework v1.2.1 weights, summing to 100", () => {
    expect(Object.values(DEFAULT_SOVEREIGNTY_WEIGHTS)).toEqual([15, 10, 10, 15, 20, 15, 10, 5]);
    expect(validateSovereigntyWeights(DEFAULT_SOVEREIGNTY_WEIGHTS)).toEqual([]);
  });
});

describe("proposeMinimumSeal (primary factor L → SEAL-L, secondary → SEAL-(L−1), highest wins)", () => {
  it.each<[string, RiskAssessment, number[]]>([
    ["no risk at all", risk(0, 0, 0, 0), [0, 0, 0, 0, 0, 0, 0, 0]],
    [
      "level 2 everywhere gives the Commission's own SEAL-2 (SOV-8 is never gated)",
      risk(2, 2, 2, 2),
      [2, 2, 2, 2, 2, 2, 2, 0],
    ],
    ["level 3 everywhere stops at SEAL-3", risk(3, 3, 3, 3), [3, 3, 3, 3, 3, 3, 3, 0]],
    // SOV-1 max(dep 1, crit 2−1); SOV-2 max(legal 2, data 3); SOV-3 max(data 3, legal 2−1);
    // SOV-4 max(crit 2, dep 1−1); SOV-5 max(dep 1, crit 2−1); SOV-6 max(dep 1, data 3−1);
    // SOV-7 max(crit 2, data 3, legal 2−1).
    [
      "patient records: very sensitive data, essential service, little lock-in",
      patientRecords,
      [1, 3, 3, 2, 1, 2, 3, 0],
    ],
    // SOV-1 max(3, 1−1); SOV-2 max(0, 0); SOV-3 max(0, 0−1 → 0); SOV-4 max(1, 3−1);
    // SOV-5 max(3, 1−1); SOV-6 max(3, 0−1 → 0); SOV-7 max(1, 0, 0−1 → 0).
    ["public website on a platform that is hard to leave", risk(0, 1, 0, 3), [3, 0, 0, 2, 3, 3, 1, 0]],
    // A secondary factor at level 1 proposes nothing; at level 2 it proposes SEAL-1.
    ["only legal exposure", risk(0, 0, 2, 0), [0, 2, 1, 0, 0, 0, 1, 0]],
  ])("%s", (_name, assessment, expected) => {
    expect(proposeMinimumSeal(assessment)).toEqual(levels(...expected));
  });

  it("explains which factor decided each level", () => {
    expect(explainMinimumSeal(patientRecords, "SOV-7")).toEqual([
      { factor: "serviceCriticality", level: 2, influence: "PRIMARY", seal: 2 },
      { factor: "dataSensitivity", level: 3, influence: "PRIMARY", seal: 3 },
      { factor: "legalExposure", level: 2, influence: "SECONDARY", seal: 1 },
    ]);
    expect(explainMinimumSeal(patientRecords, "SOV-8")).toEqual([]);
  });
});

describe("validateSovereigntyWeights", () => {
  it.each<[number[], unknown[]]>([
    [[15, 10, 10, 15, 20, 15, 10, 5], []],
    [[20, 10, 10, 15, 10, 15, 15, 5], []], // the calculator's example weights
    [[100, 0, 0, 0, 0, 0, 0, 0], []],
    [
      [15, 10, 10, 15, 20, 15, 10, 4],
      [{ code: "sovereignty.weightsSum", severity: "error", path: "weights", values: { sum: 99 } }],
    ],
    [
      [15, 10, 10, 15, 20, 15, 10, 6],
      [{ code: "sovereignty.weightsSum", severity: "error", path: "weights", values: { sum: 101 } }],
    ],
    [
      [15, 10, 10, 15, 20, 15, 10.5, 4.5],
      [
        { code: "sovereignty.weightInvalid", severity: "error", path: "weights.SOV-7" },
        { code: "sovereignty.weightInvalid", severity: "error", path: "weights.SOV-8" },
      ],
    ],
    [
      [-5, 10, 10, 15, 20, 15, 10, 25],
      [{ code: "sovereignty.weightInvalid", severity: "error", path: "weights.SOV-1" }],
    ],
    [[15, 10, 10, 15, 20, 15, 10], [{ code: "sovereignty.weightInvalid", severity: "error", path: "weights.SOV-8" }]],
  ])("%j", (weights, expected) => {
    expect(validateSovereigntyWeights(perObjective(...weights))).toEqual(expected);
  });
});

describe("validateSealOverrides", () => {
  const proposed = levels(2, 2, 2, 2, 2, 2, 2, 0);
  const asProposed = Object.fromEntries(
    SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, { seal: proposed[objective] }]),
  ) as Record<SovereigntyObjective, SealRequirement>;
  const check = (objective: SovereigntyObjective, requirement: SealRequirement) =>
    validateSealOverrides(proposed, { ...asProposed, [objective]: requirement }).map((p) => `${p.severity}:${p.code}`);

  it.each<[SovereigntyObjective, SealRequirement, string[]]>([
    ["SOV-3", { seal: 2 }, []],
    ["SOV-3", { seal: 3 }, ["error:sovereignty.overrideJustificationMissing"]],
    ["SOV-3", { seal: 1, justification: "  " }, ["error:sovereignty.overrideJustificationMissing"]],
    ["SOV-3", { seal: 3, justification: "Health data: customer-held keys are a must." }, []],
    ["SOV-5", { seal: 1, justification: "No EU hardware exists for this appliance." }, []],
    ["SOV-8", { seal: 0, justification: null }, []],
    [
      "SOV-2",
      { seal: 4 },
      ["error:sovereignty.overrideJustificationMissing", "warning:sovereignty.seal4RarelyAttainable"],
    ],
    ["SOV-2", { seal: 4, justification: "Classified data." }, ["warning:sovereignty.seal4RarelyAttainable"]],
    ["SOV-2", { seal: 5, justification: "More!" }, ["error:sovereignty.sealInvalid"]],
    ["SOV-2", { seal: -1, justification: "Less" }, ["error:sovereignty.sealInvalid"]],
    ["SOV-2", { seal: 2.5, justification: "Half" }, ["error:sovereignty.sealInvalid"]],
  ])("%s requires %j", (objective, requirement, expected) => {
    expect(check(objective, requirement)).toEqual(expected);
  });

  it("names the objective and both levels when a justification is missing", () => {
    expect(validateSealOverrides(proposed, { ...asProposed, "SOV-4": { seal: 3 } })).toEqual([
      {
        code: "sovereignty.overrideJustificationMissing",
        severity: "error",
        path: "minimumSeal.SOV-4.justification",
        values: { objective: "SOV-4", proposed: 2, required: 3 },
      },
    ]);
  });

  it("reports a missing objective as invalid", () => {
    const { "SOV-6": _omitted, ...partial } = asProposed;
    expect(
      validateSealOverrides(proposed, partial as Record<SovereigntyObjective, SealRequirement>).map((p) => p.path),
    ).toEqual(["minimumSeal.SOV-6"]);
  });
});

describe("decidingReasons", () => {
  it("names the drivers proposing the highest level", () => {
    // SOV-7: criticality 2 → SEAL-2, data 3 → SEAL-3, legal 2 secondary → SEAL-1: data decides.
    expect(decidingReasons(patientRecords, "SOV-7")).toEqual([
      { factor: "dataSensitivity", level: 3, influence: "PRIMARY", seal: 3 },
    ]);
    // SOV-1: dependence 1 → SEAL-1 and criticality 2 secondary → SEAL-1: both decide.
    expect(decidingReasons(patientRecords, "SOV-1")).toEqual([
      { factor: "supplierDependence", level: 1, influence: "PRIMARY", seal: 1 },
      { factor: "serviceCriticality", level: 2, influence: "SECONDARY", seal: 1 },
    ]);
  });

  it("names none when nothing calls for a minimum", () => {
    const none = risk(0, 1, 0, 0);
    // SOV-3: data 0 → SEAL-0, legal 0 secondary → SEAL-0.
    expect(decidingReasons(none, "SOV-3")).toEqual([]);
    expect(decidingReasons(patientRecords, "SOV-8")).toEqual([]);
  });
});

describe("followProposal", () => {
  it("moves the objectives still at the old proposal and keeps the overrides", () => {
    const previous = levels(1, 1, 1, 1, 1, 1, 1, 0);
    const next = levels(2, 2, 3, 2, 2, 2, 3, 0);
    // SOV-2 was raised to 3 and SOV-5 lowered to 0 by the drafter; SOV-8 stays at its proposal.
    const chosen = levels(1, 3, 1, 1, 0, 1, 1, 0);
    expect(followProposal(previous, next, chosen)).toEqual(levels(2, 3, 3, 2, 0, 2, 3, 0));
  });

  it("treats an override that the new proposal reaches as followed from then on", () => {
    const step1 = followProposal(
      levels(1, 1, 1, 1, 1, 1, 1, 0),
      levels(2, 2, 2, 2, 2, 2, 2, 0),
      levels(2, 1, 1, 1, 1, 1, 1, 0),
    );
    expect(step1).toEqual(levels(2, 2, 2, 2, 2, 2, 2, 0));
    // SOV-1 now equals the proposal, so it follows the next change like the others.
    expect(followProposal(levels(2, 2, 2, 2, 2, 2, 2, 0), levels(3, 3, 3, 3, 3, 3, 3, 0), step1)).toEqual(
      levels(3, 3, 3, 3, 3, 3, 3, 0),
    );
  });
});
