import { describe, expect, it } from "vitest";
import {
  compareCeilingsWithEstimate,
  innovationPartnershipDurationMonths,
  innovationPartnershipValueCents,
  nextPhaseKind,
  USUAL_PHASE_PLAN,
  validatePhases,
  type InnovationPhase,
} from "./innovation-phases";

const phase = (kind: InnovationPhase["kind"], overrides: Partial<InnovationPhase> = {}): InnovationPhase => ({
  kind,
  objectives: ["Show that case files can be searched across agencies"],
  deliverables: ["Source code", "Architecture report"],
  durationMonths: 6,
  maxCostCents: 30_000_000,
  goNoGoCriteria: ["Search answers within 2 s on the test corpus"],
  resultsLicence: "EUPL-1.2",
  ...overrides,
});

const plan = [
  phase("RESEARCH_AND_DEVELOPMENT", { durationMonths: 6, maxCostCents: 30_000_000 }),
  phase("PROTOTYPE", { durationMonths: 9, maxCostCents: 45_000_000 }),
  phase("PILOT", { durationMonths: 12, maxCostCents: 60_000_000 }),
  phase("MAINTENANCE", { durationMonths: 36, maxCostCents: 90_000_000, goNoGoCriteria: [] }),
];

const codesAt = (phases: InnovationPhase[]) => validatePhases(phases).map((p) => `${p.severity}:${p.code}@${p.path}`);

describe("validatePhases", () => {
  it("accepts a full plan whose last phase has no go/no-go", () => {
    expect(validatePhases(plan)).toEqual([]);
  });

  it("accepts skipped phases in order", () => {
    expect(validatePhases([plan[0]!, { ...plan[2]!, goNoGoCriteria: [] }])).toEqual([]);
    expect(validatePhases([{ ...plan[0]!, goNoGoCriteria: [] }])).toEqual([]);
  });

  it("asks for phases when there are none", () => {
    expect(codesAt([])).toEqual(["incomplete:phases.empty@phases"]);
  });

  it.each<[string, InnovationPhase[], string[]]>([
    ["starting with a prototype", [plan[1]!, plan[2]!], ["error:phases.mustStartWithResearch@phases.0.kind"]],
    [
      "pilot before prototype",
      [plan[0]!, plan[2]!, { ...plan[1]!, goNoGoCriteria: [] }],
      ["error:phases.outOfOrder@phases.2.kind"],
    ],
    [
      "the same phase twice",
      [plan[0]!, plan[1]!, { ...plan[1]!, goNoGoCriteria: [] }],
      ["error:phases.outOfOrder@phases.2.kind"],
    ],
    [
      "zero, fractional and negative numbers",
      [
        { ...plan[0]!, durationMonths: 0, maxCostCents: -1 },
        { ...plan[1]!, durationMonths: 1.5, maxCostCents: 0, goNoGoCriteria: [] },
      ],
      [
        "error:phases.durationInvalid@phases.0.durationMonths",
        "error:phases.maxCostInvalid@phases.0.maxCostCents",
        "error:phases.durationInvalid@phases.1.durationMonths",
        "error:phases.maxCostInvalid@phases.1.maxCostCents",
      ],
    ],
    [
      "one month and one cent are enough",
      [{ ...plan[0]!, durationMonths: 1, maxCostCents: 1, goNoGoCriteria: [] }],
      [],
    ],
    [
      "blank objectives, deliverables and go/no-go before the last phase",
      [{ ...plan[0]!, objectives: [" "], deliverables: [], goNoGoCriteria: [""] }, plan[3]!],
      [
        "error:phases.objectivesMissing@phases.0.objectives",
        "error:phases.deliverablesMissing@phases.0.deliverables",
        "error:phases.goNoGoMissing@phases.0.goNoGoCriteria",
      ],
    ],
  ])("%s", (_name, phases, expected) => {
    expect(codesAt(phases)).toEqual(expected);
  });

  it.each([
    ["EUPL-1.2", null],
    ["Apache-2.0", null],
    ["GPL-3.0-or-later", null],
    ["GPL-2.0+", null],
    [" MIT ", null],
    ["", "error:phases.licenceMissing"],
    ["NOASSERTION", "error:phases.licenceMissing"],
    ["NONE", "error:phases.licenceMissing"],
    ["EUPL 1.2", "error:phases.licenceInvalid"],
    ["MIT OR Apache-2.0", "error:phases.licenceInvalid"],
    ["LicenseRef-City-Licence", "warning:phases.licenceCustom"],
  ])("results licence %j → %s", (resultsLicence, expected) => {
    const found = codesAt([{ ...plan[0]!, resultsLicence, goNoGoCriteria: [] }]);
    expect(found).toEqual(expected ? [`${expected}@phases.0.resultsLicence`] : []);
  });
});

describe("innovation partnership totals", () => {
  it("adds up the phase ceilings (Art. 5(7)) and durations", () => {
    // EUR 300,000 + 450,000 + 600,000 + 900,000 = EUR 2,250,000
    expect(innovationPartnershipValueCents(plan)).toBe(225_000_000);
    // 6 + 9 + 12 + 36 months
    expect(innovationPartnershipDurationMonths(plan)).toBe(63);
    expect(innovationPartnershipValueCents([])).toBe(0);
  });
});

describe("compareCeilingsWithEstimate", () => {
  it("says nothing without an estimated value", () => {
    expect(compareCeilingsWithEstimate(225_000_000, null)).toEqual({ kind: "NO_ESTIMATE" });
  });

  it("accepts ceilings up to the estimate, equal included", () => {
    // EUR 2,250,000 of ceilings against an estimate of EUR 2,500,000, then exactly EUR 2,250,000.
    expect(compareCeilingsWithEstimate(225_000_000, 250_000_000)).toEqual({
      kind: "WITHIN",
      totalCents: 225_000_000,
      estimatedValueCents: 250_000_000,
    });
    expect(compareCeilingsWithEstimate(225_000_000, 225_000_000).kind).toBe("WITHIN");
  });

  it("reports by how much the ceilings exceed the estimate", () => {
    // EUR 2,250,000 against EUR 1,800,000: EUR 450,000 too much.
    expect(compareCeilingsWithEstimate(225_000_000, 180_000_000)).toEqual({
      kind: "EXCEEDS",
      totalCents: 225_000_000,
      estimatedValueCents: 180_000_000,
      excessCents: 45_000_000,
    });
    // One cent over is over.
    expect(compareCeilingsWithEstimate(100_000_001, 100_000_000)).toMatchObject({ kind: "EXCEEDS", excessCents: 1 });
  });
});

describe("nextPhaseKind", () => {
  it.each<[InnovationPhase["kind"][], InnovationPhase["kind"] | null]>([
    [[], "RESEARCH_AND_DEVELOPMENT"],
    [["RESEARCH_AND_DEVELOPMENT"], "PROTOTYPE"],
    [["RESEARCH_AND_DEVELOPMENT", "PROTOTYPE"], "PILOT"],
    [["RESEARCH_AND_DEVELOPMENT", "PILOT"], "MAINTENANCE"],
    [["RESEARCH_AND_DEVELOPMENT", "PROTOTYPE", "PILOT", "MAINTENANCE"], null],
    [["RESEARCH_AND_DEVELOPMENT", "MAINTENANCE"], null],
  ])("after %j comes %s", (kinds, expected) => {
    expect(nextPhaseKind(kinds.map((kind) => ({ kind })))).toBe(expected);
  });
});

describe("USUAL_PHASE_PLAN", () => {
  it("is the four kinds in order, a valid plan once costs and targets are filled in", () => {
    expect(USUAL_PHASE_PLAN.map((step) => step.kind)).toEqual([
      "RESEARCH_AND_DEVELOPMENT",
      "PROTOTYPE",
      "PILOT",
      "MAINTENANCE",
    ]);
    const filled = USUAL_PHASE_PLAN.map((step, i) =>
      phase(step.kind, { durationMonths: step.durationMonths, ...(i === 3 ? { goNoGoCriteria: [] } : {}) }),
    );
    expect(validatePhases(filled)).toEqual([]);
    // 6 + 6 + 12 + 36 months
    expect(innovationPartnershipDurationMonths(filled)).toBe(60);
  });
});
