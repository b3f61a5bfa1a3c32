import { describe, expect, it } from "vitest";
import { innovationPhasesSchema, linesOf, newPhase, phaseFormValues, readPhaseTotals } from "./innovation-phases";
import { phaseForm, storedPhase } from "./testing/innovation-phase-samples";

const phase = phaseForm;

const errorsOf = (phases: unknown[]) => {
  const result = innovationPhasesSchema.safeParse({ tenderId: "t", version: 0, phases });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("linesOf", () => {
  it("keeps one item per non-blank line, without pasted bullets", () => {
    expect(linesOf("- Source code\r\n\n  • User guide  \n* Test report\nISO-8601 dates")).toEqual([
      "Source code",
      "User guide",
      "Test report",
      "ISO-8601 dates",
    ]);
    expect(linesOf("   \n")).toEqual([]);
  });
});

describe("innovationPhasesSchema", () => {
  it("turns the form's text into a plan: lists, months and cents", () => {
    const parsed = innovationPhasesSchema.parse({
      tenderId: "t",
      version: 0,
      phases: [phase("RESEARCH_AND_DEVELOPMENT"), phase("PILOT", { maxCost: "1 250 000,50", goNoGoCriteria: "" })],
    });
    expect(parsed.phases).toEqual([
      storedPhase("RESEARCH_AND_DEVELOPMENT"),
      // "1 250 000,50" euros = 125,000,050 cents.
      storedPhase("PILOT", { goNoGoCriteria: [], maxCostCents: 125_000_050 }),
    ]);
  });

  it("names the phase in every message, next to the field concerned", () => {
    expect(
      errorsOf([
        phase("RESEARCH_AND_DEVELOPMENT", { objectives: " \n ", goNoGoCriteria: "" }),
        phase("PROTOTYPE", { durationMonths: "0", maxCost: "a lot", resultsLicence: "EUPL 1.2" }),
        phase("PROTOTYPE", { deliverables: "", durationMonths: "2.5", maxCost: "0" }),
      ]),
    ).toEqual({
      "phases.1.durationMonths": 'validation.phases.durationInvalid?{"number":2}',
      "phases.1.maxCost": 'validation.phases.maxCostInvalid?{"number":2}',
      "phases.2.durationMonths": 'validation.phases.durationInvalid?{"number":3}',
      "phases.2.maxCost": 'validation.phases.maxCostInvalid?{"number":3}',
      "phases.0.objectives": 'validation.phases.objectivesMissing?{"number":1}',
      "phases.0.goNoGoCriteria": 'validation.phases.goNoGoMissing?{"number":1}',
      "phases.1.resultsLicence": 'validation.phases.licenceInvalid?{"number":2}',
      "phases.2.kind": 'validation.phases.outOfOrder?{"number":3}',
      "phases.2.deliverables": 'validation.phases.deliverablesMissing?{"number":3}',
    });
  });

  it("asks for at least one phase, starting with research and development", () => {
    expect(errorsOf([])).toEqual({ phases: "validation.phases.empty" });
    expect(errorsOf([phase("PILOT", { goNoGoCriteria: "" })])).toEqual({
      "phases.0.kind": 'validation.phases.mustStartWithResearch?{"number":1}',
    });
  });

  it("needs a licence, but lets a custom one through (a warning on the page)", () => {
    expect(errorsOf([phase("RESEARCH_AND_DEVELOPMENT", { resultsLicence: " ", goNoGoCriteria: "" })])).toEqual({
      "phases.0.resultsLicence": 'validation.phases.licenceMissing?{"number":1}',
    });
    expect(
      errorsOf([phase("RESEARCH_AND_DEVELOPMENT", { resultsLicence: "LicenseRef-City", goNoGoCriteria: "" })]),
    ).toEqual({});
  });
});

describe("phase form values", () => {
  it("show a saved phase as the form sent it", () => {
    const sent = phase("RESEARCH_AND_DEVELOPMENT", { maxCost: "300000.50" });
    const [saved] = innovationPhasesSchema.parse({ tenderId: "t", version: 0, phases: [sent] }).phases;
    expect(phaseFormValues(saved!)).toEqual(sent);
  });

  it("start a new phase empty, under the EUPL", () => {
    expect(newPhase("PILOT")).toEqual({
      kind: "PILOT",
      objectives: "",
      deliverables: "",
      goNoGoCriteria: "",
      durationMonths: "",
      maxCost: "",
      resultsLicence: "EUPL-1.2",
    });
  });
});

describe("readPhaseTotals", () => {
  it("adds up what can be read and says when something was left out", () => {
    // 6 + 12 months; EUR 300,000 + 1,250,000.50; the third phase has neither number yet.
    expect(
      readPhaseTotals([
        { durationMonths: "6", maxCost: "300,000" },
        { durationMonths: " 12 ", maxCost: "1 250 000,50" },
        { durationMonths: "", maxCost: "lots" },
      ]),
    ).toEqual({ durationMonths: 18, maxCostCents: 155_000_050, uncounted: true });
    expect(readPhaseTotals([{ durationMonths: "6", maxCost: "300,000" }]).uncounted).toBe(false);
    expect(readPhaseTotals(undefined)).toEqual({ durationMonths: 0, maxCostCents: 0, uncounted: false });
  });
});
