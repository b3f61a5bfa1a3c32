import type { Problem } from "./problem";

/**
 * Phases of an innovation partnership (Directive 2014/24/EU Art. 31). The partnership follows the
 * research and innovation process in successive phases, which may end in providing the service
 * (Art. 31(2)); after each phase the authority may stop or reduce the number of partners on the
 * basis of intermediate targets (Art. 31(2)), which are the go/no-go criteria here. The documents
 * must settle the intellectual property arrangements (Art. 31(6)): each phase names the licence
 * of its results as an SPDX identifier, which is where an open-source outcome is secured.
 */
export const INNOVATION_PHASE_KINDS = ["RESEARCH_AND_DEVELOPMENT", "PROTOTYPE", "PILOT", "MAINTENANCE"] as const;
export type InnovationPhaseKind = (typeof INNOVATION_PHASE_KINDS)[number];

export type InnovationPhase = {
  kind: InnovationPhaseKind;
  objectives: readonly string[];
  deliverables: readonly string[];
  durationMonths: number;
  /** Ceiling of the phase's cost, net of VAT, in euro cents. */
  maxCostCents: number;
  /** Targets that decide whether the partnership continues after this phase. */
  goNoGoCriteria: readonly string[];
  /** SPDX licence identifier of the phase's results, e.g. `EUPL-1.2`. */
  resultsLicence: string;
};

export type PhaseProblemCode =
  | "phases.empty"
  | "phases.mustStartWithResearch"
  | "phases.outOfOrder"
  | "phases.durationInvalid"
  | "phases.maxCostInvalid"
  | "phases.objectivesMissing"
  | "phases.deliverablesMissing"
  | "phases.goNoGoMissing"
  | "phases.licenceMissing"
  | "phases.licenceInvalid"
  | "phases.licenceCustom"
  | "phases.ceilingsExceedEstimate";

/** One SPDX short identifier (SPDX spec, Annex D `idstring`), optionally `LicenseRef-…` or with `+`. */
const SPDX_ID = /^(?:LicenseRef-)?[A-Za-z0-9.-]+\+?$/;
/** SPDX's special values say that no licence is given, so they cannot settle the IP arrangements. */
const NO_LICENCE = new Set(["NONE", "NOASSERTION"]);

const nonBlank = (items: readonly string[]) => items.some((item) => item.trim() !== "");

/**
 * Problems with the phase plan, each with its form path: research and development comes first
 * (the partnership exists to develop what the market lacks, Art. 31(1)); phases follow
 * R&D → prototype → pilot → maintenance, each at most once, any of the later ones may be
 * skipped; durations (whole months) and cost ceilings (cents) are positive integers; every phase
 * but the last needs go/no-go criteria; every phase names the licence of its results.
 */
export function validatePhases(phases: readonly InnovationPhase[]): Problem<PhaseProblemCode>[] {
  if (phases.length === 0) return [{ code: "phases.empty", severity: "incomplete", path: "phases" }];
  const problems: Problem<PhaseProblemCode>[] = [];
  const error = (code: PhaseProblemCode, path: string, values?: Record<string, string | number>) =>
    problems.push({ code, severity: "error", path, ...(values ? { values } : {}) });

  phases.forEach((phase, i) => {
    const path = `phases.${i}`;
    const order = INNOVATION_PHASE_KINDS.indexOf(phase.kind);
    const previous = phases[i - 1];
    if (i === 0 && phase.kind !== "RESEARCH_AND_DEVELOPMENT") error("phases.mustStartWithResearch", `${path}.kind`);
    if (previous && order <= INNOVATION_PHASE_KINDS.indexOf(previous.kind)) {
      error("phases.outOfOrder", `${path}.kind`, { previous: previous.kind, kind: phase.kind });
    }
    if (!Number.isInteger(phase.durationMonths) || phase.durationMonths < 1)
      error("phases.durationInvalid", `${path}.durationMonths`);
    if (!Number.isInteger(phase.maxCostCents) || phase.maxCostCents < 1)
      error("phases.maxCostInvalid", `${path}.maxCostCents`);
    if (!nonBlank(phase.objectives)) error("phases.objectivesMissing", `${path}.objectives`);
    if (!nonBlank(phase.deliverables)) error("phases.deliverablesMissing", `${path}.deliverables`);
    if (i < phases.length - 1 && !nonBlank(phase.goNoGoCriteria))
      error("phases.goNoGoMissing", `${path}.goNoGoCriteria`);
    checkLicence(phase.resultsLicence.trim(), `${path}.resultsLicence`, problems);
  });
  return problems;
}

function checkLicence(licence: string, path: string, problems: Problem<PhaseProblemCode>[]): void {
  if (licence === "" || NO_LICENCE.has(licence)) {
    problems.push({ code: "phases.licenceMissing", severity: "error", path });
  } else if (!SPDX_ID.test(licence)) {
    problems.push({ code: "phases.licenceInvalid", severity: "error", path });
  } else if (licence.startsWith("LicenseRef-")) {
    // A custom licence is lawful but cannot be classified automatically as open or not.
    problems.push({ code: "phases.licenceCustom", severity: "warning", path });
  }
}

/**
 * The partnership's estimated value for the threshold: the maximum value of all planned research
 * and development phases plus the supplies or services to be bought at the end (Art. 5(7)), i.e.
 * the sum of the phase ceilings, in euro cents.
 */
export function innovationPartnershipValueCents(phases: readonly InnovationPhase[]): number {
  return phases.reduce((sum, phase) => sum + phase.maxCostCents, 0);
}

/** Total planned duration in months, phases running one after another. */
export function innovationPartnershipDurationMonths(phases: readonly InnovationPhase[]): number {
  return phases.reduce((sum, phase) => sum + phase.durationMonths, 0);
}

/**
 * The kind of phase "Add the next phase" appends: research and development first, then the kind
 * after the last one; null once maintenance, the last kind, is planned.
 */
export function nextPhaseKind(phases: readonly Pick<InnovationPhase, "kind">[]): InnovationPhaseKind | null {
  const last = phases.at(-1);
  if (!last) return "RESEARCH_AND_DEVELOPMENT";
  return INNOVATION_PHASE_KINDS[INNOVATION_PHASE_KINDS.indexOf(last.kind) + 1] ?? null;
}

/**
 * The skeleton of the usual plan, to start from: all four phases with typical durations (a short
 * research phase, a prototype, a pilot long enough to test in real use, then three years of
 * maintenance). Costs and targets depend on the project and are left to the drafter.
 */
export const USUAL_PHASE_PLAN: readonly { kind: InnovationPhaseKind; durationMonths: number }[] = [
  { kind: "RESEARCH_AND_DEVELOPMENT", durationMonths: 6 },
  { kind: "PROTOTYPE", durationMonths: 6 },
  { kind: "PILOT", durationMonths: 12 },
  { kind: "MAINTENANCE", durationMonths: 36 },
];

export type CeilingsAgainstEstimate =
  | { kind: "NO_ESTIMATE" }
  | { kind: "WITHIN"; totalCents: number; estimatedValueCents: number }
  | { kind: "EXCEEDS"; totalCents: number; estimatedValueCents: number; excessCents: number };

/**
 * The phases' ceilings against the tender's estimated value. Under Art. 5(7) the estimated value
 * of an innovation partnership is the total of all its phases, so ceilings above it mean the
 * estimate is too low (and the threshold and publication may be judged on a wrong figure).
 */
export function compareCeilingsWithEstimate(
  totalCents: number,
  estimatedValueCents: number | null,
): CeilingsAgainstEstimate {
  if (estimatedValueCents === null) return { kind: "NO_ESTIMATE" };
  if (totalCents > estimatedValueCents) {
    return { kind: "EXCEEDS", totalCents, estimatedValueCents, excessCents: totalCents - estimatedValueCents };
  }
  return { kind: "WITHIN", totalCents, estimatedValueCents };
}
