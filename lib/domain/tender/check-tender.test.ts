import { describe, expect, it } from "vitest";
import { checkTender, type TenderForChecks } from "./check-tender";
import { DEFAULT_SOVEREIGNTY_WEIGHTS, SOVEREIGNTY_OBJECTIVES, type SovereigntyProfile } from "./sovereignty";

const sixLevels = ["none", "poor", "fair", "good", "very good", "excellent"];
const sovereignty: SovereigntyProfile = {
  assessment: { dataSensitivity: 2, serviceCriticality: 2, legalExposure: 1, supplierDependence: 2 },
  // Everything at the proposal: SOV-8 has no driver, so SEAL-0; the others SEAL-2 (see sovereignty.ts).
  minimumSeal: Object.fromEntries(
    SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, { seal: objective === "SOV-8" ? 0 : 2 }]),
  ) as SovereigntyProfile["minimumSeal"],
  weights: DEFAULT_SOVEREIGNTY_WEIGHTS,
};

const draft: TenderForChecks = {
  title: "Collaboration suite",
  summary: "Open-standards collaboration suite",
  contractNature: "SERVICES",
  procedureType: "OPEN",
  procedureGround: null,
  mainCpv: "48000000",
  estimatedValueCents: 180_000_000,
  durationMonths: 48,
  lots: [],
  clauses: [{ key: "deliverables-licence", version: 1, values: {} }],
  reasonsForNotDividing: "One integrated suite: splitting it would break interoperability.",
  requirements: [{ key: "REQ-01", text: "Stores documents in ODF.", level: "MUST", criterionKey: "QUALITY" }],
  sovereignty,
  award: {
    criteria: [
      { key: "COST", name: "Total cost of ownership", kind: "COST", weight: 40, costFormula: "F2" },
      { key: "QUALITY", name: "Quality", kind: "QUALITY", weight: 40 },
      { key: "SOVEREIGNTY", name: "Sovereignty", kind: "SOVEREIGNTY", weight: 10 },
      { key: "OPENNESS", name: "Openness", kind: "OPENNESS", weight: 10 },
    ],
    qualityScale: { max: 5, descriptors: sixLevels },
    scoreAggregation: "CONSENSUS",
    discountRatePercent: 3,
    tcoHorizonYears: 4,
  },
  innovationPhases: [],
  // Monday 2 March 2026 + 30 days = Wednesday 1 April: exactly the open procedure's 35 − 5 days.
  publicationDate: "2026-03-02",
  requestsDeadline: null,
  invitationDate: null,
  clarificationDeadline: "2026-03-20",
  tenderDeadline: "2026-04-01",
  openingDate: "2026-04-01",
};

const statusOf = (checks: ReturnType<typeof checkTender>, section: string) =>
  checks.tasks.find((task) => task.section === section);

describe("checkTender", () => {
  it("finds a complete open procedure above the central-government threshold lawful", () => {
    const checks = checkTender(draft, "CENTRAL");
    expect(checks.threshold).toMatchObject({ thresholdCents: 14_000_000, isAboveThreshold: true });
    expect(checks.timelineProblems?.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(checks.tasks.map((task) => task.status)).toEqual(Array(9).fill("COMPLETED"));
  });

  it("flags a deadline 23 days after dispatch, and answers 5 days before it", () => {
    const checks = checkTender({ ...draft, tenderDeadline: "2026-03-25", openingDate: "2026-03-25" }, "CENTRAL");
    expect(checks.timelineProblems?.map((problem) => problem.code).sort()).toEqual([
      "timeline.clarificationTooLate",
      "timeline.tenderDeadlineTooSoon",
    ]);
    expect(statusOf(checks, "timeline")).toEqual({ section: "timeline", status: "HAS_PROBLEMS", problemCount: 2 });
  });

  it("checks only the order of dates below the threshold", () => {
    const checks = checkTender(
      { ...draft, estimatedValueCents: 10_000_000, tenderDeadline: "2026-03-25", openingDate: "2026-03-25" },
      "SUB_CENTRAL",
    );
    expect(checks.threshold).toMatchObject({ thresholdCents: 21_600_000, isAboveThreshold: false });
    expect(checks.timelineProblems).toEqual([]);
  });

  it("waits for a procedure before checking the timeline, and for a value before the threshold", () => {
    const checks = checkTender({ ...draft, procedureType: null, estimatedValueCents: null }, "CENTRAL");
    expect(checks.threshold).toBeNull();
    expect(checks.timelineProblems).toBeNull();
    expect(statusOf(checks, "timeline")?.status).toBe("IN_PROGRESS");
  });

  it("flags a procedure that needs a legal ground until one is given", () => {
    const negotiated = { ...draft, procedureType: "NEGOTIATED_WITHOUT_PUBLICATION" as const };
    expect(statusOf(checkTender(negotiated, "CENTRAL"), "procedure")).toEqual({
      section: "procedure",
      status: "HAS_PROBLEMS",
      problemCount: 1,
    });
    const grounded = { ...negotiated, procedureGround: "ART_32_2_B_TECHNICAL" };
    expect(statusOf(checkTender(grounded, "CENTRAL"), "procedure")?.status).toBe("COMPLETED");
  });

  it("requires the reasons for not dividing into lots above the threshold, once the section is started", () => {
    const undivided = { ...draft, reasonsForNotDividing: "" };
    expect(statusOf(checkTender(undivided, "CENTRAL"), "lots")?.status).toBe("NOT_STARTED");
    const oneLot = {
      ...undivided,
      lots: [{ key: "LOT-1", title: "Suite", description: "", cpv: null, estimatedValueCents: 180_000_000 }],
    };
    expect(statusOf(checkTender(oneLot, "CENTRAL"), "lots")).toEqual({
      section: "lots",
      status: "HAS_PROBLEMS",
      problemCount: 1,
    });
  });

  it("completes the lots with two lots, and only warns when they do not add up to the estimate", () => {
    const lot = (key: string, estimatedValueCents: number) => ({
      key,
      title: key,
      description: "",
      cpv: null,
      estimatedValueCents,
    });
    // EUR 1,500,000 + EUR 300,000 = the estimated EUR 1,800,000.
    const divided = {
      ...draft,
      reasonsForNotDividing: "",
      lots: [lot("LOT-1", 150_000_000), lot("LOT-2", 30_000_000)],
    };
    expect(statusOf(checkTender(divided, "CENTRAL"), "lots")?.status).toBe("COMPLETED");
    expect(checkTender(divided, "CENTRAL").sections.lots?.problems).toEqual([]);
    // EUR 1,500,000 + EUR 400,000 = EUR 1,900,000, EUR 100,000 more than the estimate.
    const over = { ...divided, lots: [lot("LOT-1", 150_000_000), lot("LOT-2", 40_000_000)] };
    const checks = checkTender(over, "CENTRAL");
    expect(statusOf(checks, "lots")?.status).toBe("COMPLETED");
    expect(checks.sections.lots?.problems).toEqual([
      {
        code: "lots.totalAboveEstimate",
        severity: "warning",
        path: "lotCount",
        values: { totalCents: 190_000_000, estimatedValueCents: 180_000_000 },
      },
    ]);
  });

  it("shows the phases task only for an innovation partnership", () => {
    expect(statusOf(checkTender(draft, "CENTRAL"), "phases")).toBeUndefined();
    const partnership = { ...draft, procedureType: "INNOVATION_PARTNERSHIP" as const };
    expect(statusOf(checkTender(partnership, "CENTRAL"), "phases")?.status).toBe("NOT_STARTED");
  });

  it("counts weights that do not sum to 100 as a problem of the criteria", () => {
    const [cost, ...rest] = draft.award!.criteria;
    const award = { ...draft.award!, criteria: [{ ...cost!, weight: 50 }, ...rest] };
    expect(statusOf(checkTender({ ...draft, award }, "CENTRAL"), "criteria")).toEqual({
      section: "criteria",
      status: "HAS_PROBLEMS",
      problemCount: 1,
    });
  });
});
