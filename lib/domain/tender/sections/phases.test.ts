import { describe, expect, it } from "vitest";
import type { InnovationPhase } from "../innovation-phases";
import { checkPhasesSection } from "./phases";
import type { CheckContext, TenderForChecks } from "./section-check";

const phase = (kind: InnovationPhase["kind"], maxCostCents: number, last = false): InnovationPhase => ({
  kind,
  objectives: ["Search case files across agencies"],
  deliverables: ["Source code"],
  durationMonths: 6,
  maxCostCents,
  goNoGoCriteria: last ? [] : ["Answers within 2 s"],
  resultsLicence: "EUPL-1.2",
});

const tender = (overrides: Partial<TenderForChecks>): TenderForChecks => ({
  title: "Case file search",
  summary: "",
  contractNature: "SERVICES",
  procedureType: "INNOVATION_PARTNERSHIP",
  procedureGround: null,
  mainCpv: null,
  estimatedValueCents: null,
  durationMonths: null,
  lots: [],
  clauses: [],
  reasonsForNotDividing: "",
  requirements: [],
  sovereignty: null,
  award: null,
  innovationPhases: [],
  publicationDate: null,
  requestsDeadline: null,
  invitationDate: null,
  clarificationDeadline: null,
  tenderDeadline: null,
  openingDate: null,
  ...overrides,
});

const context: CheckContext = { authorityType: "CENTRAL", threshold: null, timelineProblems: null };
// EUR 300,000 + EUR 500,000 = EUR 800,000 of ceilings.
const plan = [phase("RESEARCH_AND_DEVELOPMENT", 30_000_000), phase("PILOT", 50_000_000, true)];

describe("checkPhasesSection", () => {
  it("does not apply to other procedures", () => {
    expect(checkPhasesSection(tender({ procedureType: "OPEN", innovationPhases: plan }), context)).toBeNull();
  });

  it("is not started without phases, complete with a valid plan", () => {
    expect(checkPhasesSection(tender({}), context)).toEqual({ started: false, complete: false, problems: [] });
    expect(checkPhasesSection(tender({ innovationPhases: plan, estimatedValueCents: 80_000_000 }), context)).toEqual({
      started: true,
      complete: true,
      problems: [],
    });
  });

  it("warns when the ceilings exceed the estimated value, without making it a problem of the task", () => {
    // EUR 800,000 of ceilings against an estimate of EUR 799,999.99.
    const check = checkPhasesSection(tender({ innovationPhases: plan, estimatedValueCents: 79_999_999 }), context);
    expect(check?.problems).toEqual([{ code: "phases.ceilingsExceedEstimate", severity: "warning", path: "phases" }]);
  });
});
