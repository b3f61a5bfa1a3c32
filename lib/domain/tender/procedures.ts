import type { Problem } from "./problem";
import { CONTRACT_NATURES, PROCEDURE_TYPES, type ContractNature, type ProcedureType } from "./tender-enums";

/**
 * Procedure types of Directive 2014/24/EU (Arts 26–32) plus the national procedures used below
 * the EU thresholds, as data: which need a legal ground, which run in innovation phases, which
 * may only be used on one side of the thresholds.
 */
export { CONTRACT_NATURES, PROCEDURE_TYPES, type ContractNature, type ProcedureType };

/** Legal grounds as codes named after their provision, e.g. `ART_32_2_B_TECHNICAL`. */
export const LEGAL_GROUNDS = [
  // Art. 26(4)(a)(i)–(iv) and (b): competitive procedure with negotiation, competitive dialogue.
  "ART_26_4_A_I_ADAPTATION_NEEDED",
  "ART_26_4_A_II_DESIGN_OR_INNOVATION",
  "ART_26_4_A_III_COMPLEXITY_OR_RISKS",
  "ART_26_4_A_IV_SPECIFICATIONS_IMPRECISE",
  "ART_26_4_B_IRREGULAR_OR_UNACCEPTABLE_TENDERS",
  // Art. 32: negotiated procedure without prior publication (exhaustive list).
  "ART_32_2_A_NO_SUITABLE_TENDERS",
  "ART_32_2_B_ARTISTIC",
  "ART_32_2_B_TECHNICAL",
  "ART_32_2_B_EXCLUSIVE_RIGHTS",
  "ART_32_2_C_EXTREME_URGENCY",
  "ART_32_3_A_RESEARCH_PRODUCTS",
  "ART_32_3_B_ADDITIONAL_DELIVERIES",
  "ART_32_3_C_COMMODITY_MARKET",
  "ART_32_3_D_CLOSING_DOWN",
  "ART_32_4_DESIGN_CONTEST",
  "ART_32_5_REPETITION",
] as const;
export type LegalGround = (typeof LEGAL_GROUNDS)[number];

export type LegalGroundRule = {
  /** Provision of Directive 2014/24/EU. */
  source: string;
  /** Contract natures the ground can serve. */
  natures: readonly ContractNature[];
  /**
   * The ground holds only when no reasonable alternative or substitute exists and the lack of
   * competition is not the result of narrowing the requirements (Art. 32(2) second subparagraph):
   * the classic lock-in justification for renewing software, so the analysis must be written down.
   */
  needsNoAlternativeAnalysis: boolean;
};

const ALL_NATURES = CONTRACT_NATURES;

export const LEGAL_GROUND_RULES: Record<LegalGround, LegalGroundRule> = {
  ART_26_4_A_I_ADAPTATION_NEEDED: rule("Art. 26(4)(a)(i)"),
  ART_26_4_A_II_DESIGN_OR_INNOVATION: rule("Art. 26(4)(a)(ii)"),
  ART_26_4_A_III_COMPLEXITY_OR_RISKS: rule("Art. 26(4)(a)(iii)"),
  ART_26_4_A_IV_SPECIFICATIONS_IMPRECISE: rule("Art. 26(4)(a)(iv)"),
  ART_26_4_B_IRREGULAR_OR_UNACCEPTABLE_TENDERS: rule("Art. 26(4)(b)"),
  ART_32_2_A_NO_SUITABLE_TENDERS: rule("Art. 32(2)(a)"),
  ART_32_2_B_ARTISTIC: rule("Art. 32(2)(b)(i)"),
  ART_32_2_B_TECHNICAL: rule("Art. 32(2)(b)(ii)", ALL_NATURES, true),
  ART_32_2_B_EXCLUSIVE_RIGHTS: rule("Art. 32(2)(b)(iii)", ALL_NATURES, true),
  ART_32_2_C_EXTREME_URGENCY: rule("Art. 32(2)(c)"),
  ART_32_3_A_RESEARCH_PRODUCTS: rule("Art. 32(3)(a)", ["SUPPLIES"]),
  ART_32_3_B_ADDITIONAL_DELIVERIES: rule("Art. 32(3)(b)", ["SUPPLIES"]),
  ART_32_3_C_COMMODITY_MARKET: rule("Art. 32(3)(c)", ["SUPPLIES"]),
  // Sits under "public supply contracts" but its own words are "supplies or services": we follow
  // the words, so a services purchase from a liquidator is not refused.
  ART_32_3_D_CLOSING_DOWN: rule("Art. 32(3)(d)", ["SUPPLIES", "SERVICES"]),
  ART_32_4_DESIGN_CONTEST: rule("Art. 32(4)", ["SERVICES"]),
  ART_32_5_REPETITION: rule("Art. 32(5)", ["WORKS", "SERVICES"]),
};

function rule(
  source: string,
  natures: readonly ContractNature[] = ALL_NATURES,
  needsAnalysis = false,
): LegalGroundRule {
  return { source: `Directive 2014/24/EU ${source}`, natures, needsNoAlternativeAnalysis: needsAnalysis };
}

const ART_26_4_GROUNDS = LEGAL_GROUNDS.filter((ground) => ground.startsWith("ART_26_4_"));
const ART_32_GROUNDS = LEGAL_GROUNDS.filter((ground) => ground.startsWith("ART_32_"));

export type ProcedureRule = {
  source: string;
  /** Grounds of which one must be stated; empty when the procedure is always available. */
  legalGrounds: readonly LegalGround[];
  /** Runs in successive research and innovation phases (Art. 31(2)). */
  innovationPhases: boolean;
  /** Award only on the best price-quality ratio, never on price or cost alone. */
  bestPriceQualityRatioOnly: boolean;
  /** Starts with a contract notice (all but Art. 32). */
  priorPublication: boolean;
  allowedAboveThreshold: boolean;
  allowedBelowThreshold: boolean;
};

/**
 * Below the thresholds the Directive does not apply and national law decides; the Directive's
 * procedures stay usable there (most national codes offer them), so only the national
 * procedure is limited to one side: above the thresholds Art. 26(1)–(2) leaves no other choice.
 */
export const PROCEDURE_RULES: Record<ProcedureType, ProcedureRule> = {
  OPEN: procedure("Directive 2014/24/EU Art. 27", {}),
  RESTRICTED: procedure("Directive 2014/24/EU Art. 28", {}),
  COMPETITIVE_NEGOTIATION: procedure("Directive 2014/24/EU Arts 26(4), 29", { legalGrounds: ART_26_4_GROUNDS }),
  COMPETITIVE_DIALOGUE: procedure("Directive 2014/24/EU Arts 26(4), 30", {
    legalGrounds: ART_26_4_GROUNDS,
    bestPriceQualityRatioOnly: true, // Art. 30(1)
  }),
  INNOVATION_PARTNERSHIP: procedure("Directive 2014/24/EU Arts 26(3), 31", {
    innovationPhases: true,
    bestPriceQualityRatioOnly: true, // Art. 31(1)
  }),
  NEGOTIATED_WITHOUT_PUBLICATION: procedure("Directive 2014/24/EU Arts 26(6), 32", {
    legalGrounds: ART_32_GROUNDS,
    priorPublication: false,
  }),
  BELOW_THRESHOLD_NATIONAL: procedure("National law (below the thresholds of Directive 2014/24/EU Art. 4)", {
    allowedAboveThreshold: false,
  }),
};

function procedure(source: string, overrides: Partial<ProcedureRule>): ProcedureRule {
  return {
    source,
    legalGrounds: [],
    innovationPhases: false,
    bestPriceQualityRatioOnly: false,
    priorPublication: true,
    allowedAboveThreshold: true,
    allowedBelowThreshold: true,
    ...overrides,
  };
}

/** True when the procedure may only be used on one of a listed legal ground (Arts 26(4), 32). */
export function procedureNeedsGround(procedure: ProcedureType): boolean {
  return PROCEDURE_RULES[procedure].legalGrounds.length > 0;
}

/** The grounds that can justify the procedure for a contract of this nature, in the Directive's order. */
export function groundsFor(procedure: ProcedureType, nature: ContractNature): LegalGround[] {
  return PROCEDURE_RULES[procedure].legalGrounds.filter((ground) =>
    LEGAL_GROUND_RULES[ground].natures.includes(nature),
  );
}

export function isLegalGround(value: string): value is LegalGround {
  return (LEGAL_GROUNDS as readonly string[]).includes(value);
}

export type ProcedureChoice = {
  procedure: ProcedureType;
  contractNature: ContractNature | null;
  /** Whether the estimated value reaches the EU threshold (see thresholds.ts); null when not known yet. */
  isAboveThreshold: boolean | null;
  /** The ground code as stored; empty or null when none was given. */
  legalGround: string | null;
};

export type ProcedureProblemCode =
  | "procedure.notAllowedAboveThreshold"
  | "procedure.legalGroundMissing"
  | "procedure.legalGroundNotApplicable"
  | "procedure.legalGroundNotForNature"
  | "procedure.noAlternativeAnalysisNeeded"
  | "procedure.thresholdUnknown";

/**
 * Whether the chosen procedure is open to this contract. Above the threshold a missing or wrong
 * ground is an error; below it national law governs, so the same findings are only warnings. An
 * unknown position against the threshold is read as above it, the stricter reading.
 */
export function checkProcedureChoice(choice: ProcedureChoice): Problem<ProcedureProblemCode>[] {
  const rule = PROCEDURE_RULES[choice.procedure];
  const problems: Problem<ProcedureProblemCode>[] = [];
  if (choice.isAboveThreshold === null) {
    if (!rule.allowedAboveThreshold || rule.legalGrounds.length > 0) {
      problems.push({ code: "procedure.thresholdUnknown", severity: "incomplete", path: "estimatedValueCents" });
    }
  } else if (choice.isAboveThreshold && !rule.allowedAboveThreshold) {
    problems.push({ code: "procedure.notAllowedAboveThreshold", severity: "error", path: "procedureType" });
  }
  if (rule.legalGrounds.length === 0) return problems;

  const severity = choice.isAboveThreshold === false ? "warning" : "error";
  const ground = choice.legalGround?.trim() ?? "";
  if (ground === "") {
    problems.push({ code: "procedure.legalGroundMissing", severity, path: "procedureGround" });
  } else if (!isLegalGround(ground) || !rule.legalGrounds.includes(ground)) {
    problems.push({ code: "procedure.legalGroundNotApplicable", severity, path: "procedureGround" });
  } else {
    const groundRule = LEGAL_GROUND_RULES[ground];
    if (choice.contractNature && !groundRule.natures.includes(choice.contractNature)) {
      problems.push({
        code: "procedure.legalGroundNotForNature",
        severity,
        path: "procedureGround",
        values: { nature: choice.contractNature, source: groundRule.source },
      });
    }
    if (groundRule.needsNoAlternativeAnalysis) {
      problems.push({ code: "procedure.noAlternativeAnalysisNeeded", severity: "warning", path: "procedureGround" });
    }
  }
  return problems;
}
