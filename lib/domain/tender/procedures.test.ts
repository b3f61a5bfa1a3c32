import { describe, expect, it } from "vitest";
import {
  checkProcedureChoice,
  groundsFor,
  PROCEDURE_RULES,
  PROCEDURE_TYPES,
  procedureNeedsGround,
  type ProcedureChoice,
  type ProcedureType,
} from "./procedures";

describe("procedure rules", () => {
  it.each<[ProcedureType, boolean, boolean, boolean, boolean]>([
    // procedure, needs a ground, innovation phases, best price-quality only, allowed above threshold
    ["OPEN", false, false, false, true],
    ["RESTRICTED", false, false, false, true],
    ["COMPETITIVE_NEGOTIATION", true, false, false, true],
    ["COMPETITIVE_DIALOGUE", true, false, true, true],
    ["INNOVATION_PARTNERSHIP", false, true, true, true],
    ["NEGOTIATED_WITHOUT_PUBLICATION", true, false, false, true],
    ["BELOW_THRESHOLD_NATIONAL", false, false, false, false],
  ])("%s: ground %s, phases %s, quality required %s, above threshold %s", (type, ground, phases, bpqr, above) => {
    const rule = PROCEDURE_RULES[type];
    expect(procedureNeedsGround(type)).toBe(ground);
    expect(rule.innovationPhases).toBe(phases);
    expect(rule.bestPriceQualityRatioOnly).toBe(bpqr);
    expect(rule.allowedAboveThreshold).toBe(above);
    expect(rule.allowedBelowThreshold).toBe(true);
  });

  it("has a rule with a legal source for every procedure type", () => {
    for (const type of PROCEDURE_TYPES) expect(PROCEDURE_RULES[type].source).not.toBe("");
  });

  it("only the negotiated procedure without publication starts without a notice", () => {
    expect(PROCEDURE_TYPES.filter((type) => !PROCEDURE_RULES[type].priorPublication)).toEqual([
      "NEGOTIATED_WITHOUT_PUBLICATION",
    ]);
  });

  it("offers the five Art. 26(4) grounds for negotiation and dialogue, whatever the nature", () => {
    const expected = [
      "ART_26_4_A_I_ADAPTATION_NEEDED",
      "ART_26_4_A_II_DESIGN_OR_INNOVATION",
      "ART_26_4_A_III_COMPLEXITY_OR_RISKS",
      "ART_26_4_A_IV_SPECIFICATIONS_IMPRECISE",
      "ART_26_4_B_IRREGULAR_OR_UNACCEPTABLE_TENDERS",
    ];
    expect(groundsFor("COMPETITIVE_NEGOTIATION", "SERVICES")).toEqual(expected);
    expect(groundsFor("COMPETITIVE_DIALOGUE", "WORKS")).toEqual(expected);
    expect(groundsFor("OPEN", "SERVICES")).toEqual([]);
  });

  it("offers the Art. 32 grounds that fit the contract's nature", () => {
    const common = [
      "ART_32_2_A_NO_SUITABLE_TENDERS",
      "ART_32_2_B_ARTISTIC",
      "ART_32_2_B_TECHNICAL",
      "ART_32_2_B_EXCLUSIVE_RIGHTS",
      "ART_32_2_C_EXTREME_URGENCY",
    ];
    expect(groundsFor("NEGOTIATED_WITHOUT_PUBLICATION", "SERVICES")).toEqual([
      ...common,
      "ART_32_3_D_CLOSING_DOWN",
      "ART_32_4_DESIGN_CONTEST",
      "ART_32_5_REPETITION",
    ]);
    expect(groundsFor("NEGOTIATED_WITHOUT_PUBLICATION", "SUPPLIES")).toEqual([
      ...common,
      "ART_32_3_A_RESEARCH_PRODUCTS",
      "ART_32_3_B_ADDITIONAL_DELIVERIES",
      "ART_32_3_C_COMMODITY_MARKET",
      "ART_32_3_D_CLOSING_DOWN",
    ]);
    expect(groundsFor("NEGOTIATED_WITHOUT_PUBLICATION", "WORKS")).toEqual([...common, "ART_32_5_REPETITION"]);
  });
});

describe("checkProcedureChoice", () => {
  const base: ProcedureChoice = {
    procedure: "OPEN",
    contractNature: "SERVICES",
    isAboveThreshold: true,
    legalGround: null,
  };
  const codes = (choice: Partial<ProcedureChoice>) =>
    checkProcedureChoice({ ...base, ...choice }).map((problem) => `${problem.severity}:${problem.code}`);

  it.each<[string, Partial<ProcedureChoice>, string[]]>([
    ["open procedure above the threshold", {}, []],
    ["open procedure below the threshold", { isAboveThreshold: false }, []],
    ["open procedure, value not known yet", { isAboveThreshold: null }, []],
    ["national procedure below the threshold", { procedure: "BELOW_THRESHOLD_NATIONAL", isAboveThreshold: false }, []],
    [
      "national procedure above the threshold",
      { procedure: "BELOW_THRESHOLD_NATIONAL" },
      ["error:procedure.notAllowedAboveThreshold"],
    ],
    [
      "national procedure, value not known yet",
      { procedure: "BELOW_THRESHOLD_NATIONAL", isAboveThreshold: null },
      ["incomplete:procedure.thresholdUnknown"],
    ],
    ["negotiation without a ground", { procedure: "COMPETITIVE_NEGOTIATION" }, ["error:procedure.legalGroundMissing"]],
    [
      "negotiation with a blank ground",
      { procedure: "COMPETITIVE_NEGOTIATION", legalGround: "  " },
      ["error:procedure.legalGroundMissing"],
    ],
    [
      "negotiation without a ground below the threshold",
      { procedure: "COMPETITIVE_NEGOTIATION", isAboveThreshold: false },
      ["warning:procedure.legalGroundMissing"],
    ],
    [
      "negotiation with an Art. 26(4) ground",
      { procedure: "COMPETITIVE_NEGOTIATION", legalGround: "ART_26_4_A_II_DESIGN_OR_INNOVATION" },
      [],
    ],
    [
      "negotiation with an Art. 32 ground",
      { procedure: "COMPETITIVE_NEGOTIATION", legalGround: "ART_32_2_C_EXTREME_URGENCY" },
      ["error:procedure.legalGroundNotApplicable"],
    ],
    [
      "dialogue with an unknown code",
      { procedure: "COMPETITIVE_DIALOGUE", legalGround: "BECAUSE_WE_SAY_SO" },
      ["error:procedure.legalGroundNotApplicable"],
    ],
    [
      "negotiated without publication, extreme urgency",
      { procedure: "NEGOTIATED_WITHOUT_PUBLICATION", legalGround: "ART_32_2_C_EXTREME_URGENCY" },
      [],
    ],
    [
      "negotiated without publication on technical reasons asks for the no-alternative analysis",
      { procedure: "NEGOTIATED_WITHOUT_PUBLICATION", legalGround: "ART_32_2_B_TECHNICAL" },
      ["warning:procedure.noAlternativeAnalysisNeeded"],
    ],
    [
      "negotiated without publication on exclusive rights asks for the no-alternative analysis",
      { procedure: "NEGOTIATED_WITHOUT_PUBLICATION", legalGround: "ART_32_2_B_EXCLUSIVE_RIGHTS" },
      ["warning:procedure.noAlternativeAnalysisNeeded"],
    ],
    [
      "a supplies-only ground for a services contract",
      { procedure: "NEGOTIATED_WITHOUT_PUBLICATION", legalGround: "ART_32_3_B_ADDITIONAL_DELIVERIES" },
      ["error:procedure.legalGroundNotForNature"],
    ],
    [
      "a supplies-only ground for a supplies contract",
      {
        procedure: "NEGOTIATED_WITHOUT_PUBLICATION",
        contractNature: "SUPPLIES",
        legalGround: "ART_32_3_B_ADDITIONAL_DELIVERIES",
      },
      [],
    ],
    [
      "a ground whose nature cannot be checked yet",
      { procedure: "NEGOTIATED_WITHOUT_PUBLICATION", contractNature: null, legalGround: "ART_32_4_DESIGN_CONTEST" },
      [],
    ],
  ])("%s", (_name, choice, expected) => {
    expect(codes(choice)).toEqual(expected);
  });

  it("says which provision limits the ground to other natures", () => {
    const [problem] = checkProcedureChoice({
      ...base,
      procedure: "NEGOTIATED_WITHOUT_PUBLICATION",
      contractNature: "WORKS",
      legalGround: "ART_32_4_DESIGN_CONTEST",
    });
    expect(problem).toEqual({
      code: "procedure.legalGroundNotForNature",
      severity: "error",
      path: "procedureGround",
      values: { nature: "WORKS", source: "Directive 2014/24/EU Art. 32(4)" },
    });
  });
});
