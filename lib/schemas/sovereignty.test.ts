import { describe, expect, it } from "vitest";
import {
  readAssessment,
  readWholeNumber,
  sovereigntyFormValues,
  sovereigntySchema,
  toSovereigntyProfile,
  type SovereigntyInput,
} from "./sovereignty";
import { FRAMEWORK_WEIGHTS_FORM } from "./testing/sovereignty-form";

// Patient records: very sensitive data, essential service, regulated, little lock-in. By hand from
// the drivers in lib/domain/tender/sovereignty.ts, the proposal is SEAL 1/3/3/2/1/2/3/0.
const proposal = ["1", "3", "3", "2", "1", "2", "3", "0"];
const objectives = ["SOV-1", "SOV-2", "SOV-3", "SOV-4", "SOV-5", "SOV-6", "SOV-7", "SOV-8"] as const;

const form = (overrides: Partial<Record<string, unknown>> = {}): SovereigntyInput =>
  ({
    tenderId: "tender-1",
    version: 3,
    assessment: { dataSensitivity: "3", serviceCriticality: "2", legalExposure: "2", supplierDependence: "1" },
    minimumSeal: Object.fromEntries(objectives.map((o, i) => [o, { seal: proposal[i], justification: "" }])),
    weights: { ...FRAMEWORK_WEIGHTS_FORM },
    ...overrides,
  }) as SovereigntyInput;

const errorsOf = (input: unknown) => {
  const result = sovereigntySchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("sovereigntySchema", () => {
  it("accepts the proposal with the framework's weights, as numbers", () => {
    const parsed = sovereigntySchema.parse(form());
    expect(parsed.assessment).toEqual({
      dataSensitivity: 3,
      serviceCriticality: 2,
      legalExposure: 2,
      supplierDependence: 1,
    });
    expect(parsed.minimumSeal["SOV-2"]).toEqual({ seal: 3, justification: "" });
    expect(parsed.weights["SOV-5"]).toBe(20);
  });

  it("asks for each unanswered question by name, and checks the rest in the same pass", () => {
    const base = form();
    const errors = errorsOf({
      ...base,
      assessment: { dataSensitivity: null, serviceCriticality: "2", legalExposure: "7", supplierDependence: "1" },
      weights: { ...(base.weights as object), "SOV-8": "6" },
    });
    expect(errors).toEqual({
      "assessment.dataSensitivity": "validation.sovereignty.answerRequired.dataSensitivity",
      "assessment.legalExposure": "validation.sovereignty.answerRequired.legalExposure",
      // 15 + 10 + 10 + 15 + 20 + 15 + 10 + 6 = 101
      weights: 'validation.sovereignty.weightsSum?{"sum":101}',
    });
  });

  it("requires a justification for a level other than the proposal, and keeps it only there", () => {
    const minimumSeal = form().minimumSeal as Record<string, { seal: string; justification: string }>;
    const raised = {
      ...minimumSeal,
      "SOV-6": { seal: "3", justification: "  " },
      "SOV-8": { seal: "0", justification: "Not needed" },
    };
    expect(errorsOf(form({ minimumSeal: raised }))).toEqual({
      "minimumSeal.SOV-6.justification":
        'validation.sovereignty.justificationRequired?{"objective":"SOV-6","proposed":2}',
    });
    const justified = { ...raised, "SOV-6": { seal: "3", justification: "The source code must be auditable." } };
    const profile = toSovereigntyProfile(sovereigntySchema.parse(form({ minimumSeal: justified })));
    expect(profile.minimumSeal["SOV-6"]).toEqual({ seal: 3, justification: "The source code must be auditable." });
    expect(profile.minimumSeal["SOV-8"]).toEqual({ seal: 0, justification: null });
  });

  it("refuses weights that are not whole percentages, without also reporting their sum", () => {
    const base = form();
    expect(
      errorsOf({ ...base, weights: { ...(base.weights as object), "SOV-1": "12.5", "SOV-2": "", "SOV-3": "-5" } }),
    ).toEqual({
      "weights.SOV-1": 'validation.sovereignty.weightInvalid?{"objective":"SOV-1"}',
      "weights.SOV-2": 'validation.sovereignty.weightInvalid?{"objective":"SOV-2"}',
      "weights.SOV-3": 'validation.sovereignty.weightInvalid?{"objective":"SOV-3"}',
    });
  });

  it("refuses levels outside the SEAL scale", () => {
    const minimumSeal = form().minimumSeal as Record<string, unknown>;
    expect(errorsOf(form({ minimumSeal: { ...minimumSeal, "SOV-1": { seal: "5", justification: "x" } } }))).toEqual({
      "minimumSeal.SOV-1.seal": 'validation.sovereignty.sealRequired?{"objective":"SOV-1"}',
    });
  });
});

describe("sovereigntyFormValues", () => {
  it("starts a first visit with nothing answered, SEAL-0 everywhere and the framework's weights", () => {
    const values = sovereigntyFormValues(null);
    expect(values.assessment).toEqual({
      dataSensitivity: "",
      serviceCriticality: "",
      legalExposure: "",
      supplierDependence: "",
    });
    expect(Object.values(values.minimumSeal)).toEqual(Array(8).fill({ seal: "0", justification: "" }));
    expect(Object.values(values.weights)).toEqual(["15", "10", "10", "15", "20", "15", "10", "5"]);
  });

  it("gives back what was saved, as the form sent it", () => {
    const saved = toSovereigntyProfile(sovereigntySchema.parse(form()));
    const values = sovereigntyFormValues(saved);
    expect(sovereigntySchema.parse({ tenderId: "tender-1", version: 3, ...values })).toEqual(
      sovereigntySchema.parse(form()),
    );
  });
});

describe("readAssessment", () => {
  it("counts unanswered questions at the lowest level and says so", () => {
    expect(
      readAssessment({ dataSensitivity: "3", serviceCriticality: "", legalExposure: null, supplierDependence: 2 }),
    ).toEqual({
      assessment: { dataSensitivity: 3, serviceCriticality: 0, legalExposure: 0, supplierDependence: 2 },
      complete: false,
    });
    expect(
      readAssessment({ dataSensitivity: "0", serviceCriticality: "1", legalExposure: "2", supplierDependence: "3" })
        .complete,
    ).toBe(true);
    expect(readAssessment(undefined).complete).toBe(false);
  });

  it("reads levels and weights only within their scale", () => {
    expect([
      readWholeNumber("4", 4),
      readWholeNumber("4", 3),
      readWholeNumber("", 4),
      readWholeNumber("1.5", 4),
      readWholeNumber(2, 4),
      readWholeNumber(" 100 ", 100),
      readWholeNumber("101", 100),
      readWholeNumber("-1", 100),
    ]).toEqual([4, null, null, null, 2, 100, null, null]);
  });
});
