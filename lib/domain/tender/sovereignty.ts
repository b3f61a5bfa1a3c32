import type { Problem } from "./problem";

/**
 * The European Commission's Cloud Sovereignty Framework v1.2.1 (DG DIGIT, October 2025): eight
 * sovereignty objectives with default weights, and the SEAL scale (Sovereignty Effectiveness
 * Assurance Levels, 0–4) on which a tender sets a minimum per objective. The framework leaves the
 * minimum to the contracting authority; this file proposes one from a short risk assessment.
 */
export const SOVEREIGNTY_FRAMEWORK_SOURCE = "European Commission, Cloud Sovereignty Framework v1.2.1 (October 2025)";

export const SOVEREIGNTY_OBJECTIVES = ["SOV-1", "SOV-2", "SOV-3", "SOV-4", "SOV-5", "SOV-6", "SOV-7", "SOV-8"] as const;
export type SovereigntyObjective = (typeof SOVEREIGNTY_OBJECTIVES)[number];

/** Names as translation codes. */
export const OBJECTIVE_CODES: Record<SovereigntyObjective, string> = {
  "SOV-1": "STRATEGIC",
  "SOV-2": "LEGAL_JURISDICTIONAL",
  "SOV-3": "DATA_AND_AI",
  "SOV-4": "OPERATIONAL",
  "SOV-5": "SUPPLY_CHAIN",
  "SOV-6": "TECHNOLOGY",
  "SOV-7": "SECURITY_AND_COMPLIANCE",
  "SOV-8": "ENVIRONMENTAL_SUSTAINABILITY",
};

/**
 * Default weights in percent, from the framework text v1.2.1. The June 2026 calculator annex is
 * reported to use 20/10/10/15/10/15/15/5 as example values; the framework text is the default
 * (product decision), and a tender may set its own.
 */
export const DEFAULT_SOVEREIGNTY_WEIGHTS: Record<SovereigntyObjective, number> = {
  "SOV-1": 15,
  "SOV-2": 10,
  "SOV-3": 10,
  "SOV-4": 15,
  "SOV-5": 20,
  "SOV-6": 15,
  "SOV-7": 10,
  "SOV-8": 5,
};

/** SEAL-0 no sovereignty … SEAL-4 full digital sovereignty. */
export const SEAL_LEVELS = [0, 1, 2, 3, 4] as const;
export type SealLevel = (typeof SEAL_LEVELS)[number];
export const SEAL_CODES: Record<SealLevel, string> = {
  0: "NO_SOVEREIGNTY",
  1: "JURISDICTIONAL_SOVEREIGNTY",
  2: "DATA_SOVEREIGNTY",
  3: "DIGITAL_RESILIENCE",
  4: "FULL_DIGITAL_SOVEREIGNTY",
};

export const RISK_FACTORS = ["dataSensitivity", "serviceCriticality", "legalExposure", "supplierDependence"] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];
export type RiskLevel = 0 | 1 | 2 | 3;
export type RiskAssessment = Record<RiskFactor, RiskLevel>;

/**
 * What each level means, as translation codes (index = level):
 * - dataSensitivity: public or open data; internal data; personal or confidential data (GDPR,
 *   business secrets); special-category personal data (GDPR Art. 9), classified or secret data.
 * - serviceCriticality: supporting (an outage is an inconvenience); important (internal work is
 *   delayed); essential (citizens or businesses are affected); vital (public order, safety or an
 *   essential entity under NIS2 depends on it).
 * - legalExposure: negligible; limited (contractual or reputational harm if a foreign authority
 *   reaches the data or the service); regulated (statutory secrecy or compliance duties would be
 *   breached); sovereign function (justice, security, elections, defence-related work).
 * - supplierDependence: interchangeable (switch in weeks, open formats); moderate (months);
 *   high (deeply integrated, a year or more to migrate); critical (no realistic alternative).
 */
export const RISK_LEVEL_CODES: Record<RiskFactor, readonly [string, string, string, string]> = {
  dataSensitivity: ["PUBLIC", "INTERNAL", "PERSONAL_OR_CONFIDENTIAL", "SPECIAL_OR_CLASSIFIED"],
  serviceCriticality: ["SUPPORTING", "IMPORTANT", "ESSENTIAL", "VITAL"],
  legalExposure: ["NEGLIGIBLE", "LIMITED", "REGULATED", "SOVEREIGN_FUNCTION"],
  supplierDependence: ["INTERCHANGEABLE", "MODERATE", "HIGH", "CRITICAL"],
};

export type Influence = "PRIMARY" | "SECONDARY";

/**
 * Which risk factors drive the minimum SEAL of each objective, read from what the framework's
 * questions ask per objective:
 * - SOV-1 strategic: whether the service survives a non-EU vendor withdrawing support or changing
 *   hands → supplier dependence; how much that matters → criticality.
 * - SOV-2 legal: exposure to non-EU laws with cross-border reach and to compelled access → legal
 *   exposure and data sensitivity, equally.
 * - SOV-3 data & AI: customer-held keys, EU-only storage and processing → data sensitivity; the
 *   legal consequences of a leak → legal exposure.
 * - SOV-4 operational: running and supporting the service without the non-EU vendor → criticality;
 *   ease of migrating away → supplier dependence.
 * - SOV-5 supply chain: reliance on non-EU vendors and components → supplier dependence;
 *   resilience needed → criticality.
 * - SOV-6 technology: open APIs, standards and licences that let others take over → supplier
 *   dependence; auditability of what handles the data → data sensitivity.
 * - SOV-7 security & compliance: EU-controlled security operations, incident response and breach
 *   reporting → criticality and data sensitivity; compliance duties → legal exposure.
 * - SOV-8 environmental sustainability: no sovereignty risk calls for a gate; score it instead.
 *
 * A primary factor at level L proposes SEAL-L; a secondary one SEAL-(L−1). The proposal is the
 * highest of them, so it never exceeds SEAL-3: the implementation guidance says SEAL-4 is not
 * realistic today for most services, and the Commission's own tender required SEAL-2, which is
 * what a tender at level 2 on every factor gets. An authority may go higher with a justification.
 */
export const SEAL_DRIVERS: Record<SovereigntyObjective, readonly { factor: RiskFactor; influence: Influence }[]> = {
  "SOV-1": [primary("supplierDependence"), secondary("serviceCriticality")],
  "SOV-2": [primary("legalExposure"), primary("dataSensitivity")],
  "SOV-3": [primary("dataSensitivity"), secondary("legalExposure")],
  "SOV-4": [primary("serviceCriticality"), secondary("supplierDependence")],
  "SOV-5": [primary("supplierDependence"), secondary("serviceCriticality")],
  "SOV-6": [primary("supplierDependence"), secondary("dataSensitivity")],
  "SOV-7": [primary("serviceCriticality"), primary("dataSensitivity"), secondary("legalExposure")],
  "SOV-8": [],
};

function primary(factor: RiskFactor) {
  return { factor, influence: "PRIMARY" as const };
}
function secondary(factor: RiskFactor) {
  return { factor, influence: "SECONDARY" as const };
}

export type SealReason = { factor: RiskFactor; level: RiskLevel; influence: Influence; seal: SealLevel };

/** Each driver of the objective with the level it proposes, in the table's order. */
export function explainMinimumSeal(assessment: RiskAssessment, objective: SovereigntyObjective): SealReason[] {
  return SEAL_DRIVERS[objective].map(({ factor, influence }) => {
    const level = assessment[factor];
    const seal = (influence === "PRIMARY" ? level : Math.max(0, level - 1)) as SealLevel;
    return { factor, level, influence, seal };
  });
}

/** The proposed minimum SEAL (0–3) per objective: the highest level any of its drivers proposes. */
export function proposeMinimumSeal(assessment: RiskAssessment): Record<SovereigntyObjective, SealLevel> {
  const entries = SOVEREIGNTY_OBJECTIVES.map((objective) => {
    const seals = explainMinimumSeal(assessment, objective).map((reason) => reason.seal);
    return [objective, Math.max(0, ...seals) as SealLevel] as const;
  });
  return Object.fromEntries(entries) as Record<SovereigntyObjective, SealLevel>;
}

/**
 * The drivers that decide an objective's proposal (those proposing the highest level), to tell
 * the drafter why; none when nothing calls for a minimum (all SEAL-0, or SOV-8, never gated).
 */
export function decidingReasons(assessment: RiskAssessment, objective: SovereigntyObjective): SealReason[] {
  const reasons = explainMinimumSeal(assessment, objective);
  const highest = Math.max(0, ...reasons.map((reason) => reason.seal));
  return highest === 0 ? [] : reasons.filter((reason) => reason.seal === highest);
}

/**
 * The minimum levels after the assessment changed: an objective still at the previous proposal
 * follows the new one; one the drafter set to another level (an override) keeps it, because the
 * drafter chose it on purpose and wrote down why.
 */
export function followProposal(
  previous: Readonly<Record<SovereigntyObjective, SealLevel>>,
  next: Readonly<Record<SovereigntyObjective, SealLevel>>,
  chosen: Readonly<Record<SovereigntyObjective, SealLevel>>,
): Record<SovereigntyObjective, SealLevel> {
  const entries = SOVEREIGNTY_OBJECTIVES.map((objective) => {
    const isOverride = chosen[objective] !== previous[objective];
    return [objective, isOverride ? chosen[objective] : next[objective]] as const;
  });
  return Object.fromEntries(entries) as Record<SovereigntyObjective, SealLevel>;
}

export type SovereigntyProblemCode =
  | "sovereignty.weightInvalid"
  | "sovereignty.weightsSum"
  | "sovereignty.sealInvalid"
  | "sovereignty.overrideJustificationMissing"
  | "sovereignty.seal4RarelyAttainable";

/** The eight weights must be whole percentages, none negative, summing to exactly 100. */
export function validateSovereigntyWeights(
  weights: Readonly<Record<SovereigntyObjective, number>>,
): Problem<SovereigntyProblemCode>[] {
  const problems: Problem<SovereigntyProblemCode>[] = [];
  for (const objective of SOVEREIGNTY_OBJECTIVES) {
    const weight = weights[objective];
    if (!Number.isInteger(weight) || weight < 0) {
      problems.push({ code: "sovereignty.weightInvalid", severity: "error", path: `weights.${objective}` });
    }
  }
  if (problems.length > 0) return problems;
  const sum = SOVEREIGNTY_OBJECTIVES.reduce((total, objective) => total + weights[objective], 0);
  if (sum !== 100)
    problems.push({ code: "sovereignty.weightsSum", severity: "error", path: "weights", values: { sum } });
  return problems;
}

export type SealRequirement = { seal: number; justification?: string | null };

/** The tender's sovereignty profile: the assessment, the minimum per objective, the weights. */
export type SovereigntyProfile = {
  assessment: RiskAssessment;
  minimumSeal: Record<SovereigntyObjective, SealRequirement>;
  weights: Record<SovereigntyObjective, number>;
};

/**
 * The minimum SEAL the tender will require per objective, against the proposal: any level other
 * than the proposed one (higher or lower) needs a written justification, because the gate excludes
 * bids whatever their price (framework implementation guidance; C-546/16 Montte for minimum
 * gates). SEAL-4 draws a warning: the guidance itself calls it unrealistic for most services today.
 */
export function validateSealOverrides(
  proposed: Readonly<Record<SovereigntyObjective, SealLevel>>,
  required: Readonly<Record<SovereigntyObjective, SealRequirement>>,
): Problem<SovereigntyProblemCode>[] {
  const problems: Problem<SovereigntyProblemCode>[] = [];
  for (const objective of SOVEREIGNTY_OBJECTIVES) {
    const requirement = required[objective];
    const seal = requirement?.seal;
    const path = `minimumSeal.${objective}`;
    if (seal === undefined || !(SEAL_LEVELS as readonly number[]).includes(seal)) {
      problems.push({ code: "sovereignty.sealInvalid", severity: "error", path });
      continue;
    }
    if (seal !== proposed[objective] && (requirement?.justification ?? "").trim() === "") {
      problems.push({
        code: "sovereignty.overrideJustificationMissing",
        severity: "error",
        path: `${path}.justification`,
        values: { objective, proposed: proposed[objective], required: seal },
      });
    }
    if (seal === 4) {
      problems.push({ code: "sovereignty.seal4RarelyAttainable", severity: "warning", path, values: { objective } });
    }
  }
  return problems;
}
