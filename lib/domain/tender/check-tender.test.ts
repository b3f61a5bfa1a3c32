import { describe, expect, it } from "vitest";
import { checkTender, type TenderForChecks } from "./check-tender";

const draft: TenderForChecks = {
  title: "Collaboration suite",
  summary: "Open-standards collaboration suite",
  contractNature: "SERVICES",
  procedureType: "OPEN",
  procedureGround: null,
  mainCpv: "48000000",
  estimatedValueCents: 180_000_000,
  durationMonths: 48,
  // Monday 2 March 2026 + 30 days = Wednesday 1 April: exactly the open procedure's 35 − 5 days.
  publicationDate: "2026-03-02",
  requestsDeadline: null,
  invitationDate: null,
  clarificationDeadline: "2026-03-20",
  tenderDeadline: "2026-04-01",
  openingDate: "2026-04-01",
};

describe("checkTender", () => {
  it("finds a complete open procedure above the central-government threshold lawful", () => {
    const checks = checkTender(draft, "CENTRAL");
    expect(checks.threshold).toMatchObject({ thresholdCents: 14_000_000, isAboveThreshold: true });
    expect(checks.timelineProblems?.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(checks.tasks.map((task) => task.status)).toEqual(["COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED"]);
  });

  it("flags a deadline 23 days after dispatch, and answers 5 days before it", () => {
    const checks = checkTender({ ...draft, tenderDeadline: "2026-03-25", openingDate: "2026-03-25" }, "CENTRAL");
    expect(checks.timelineProblems?.map((problem) => problem.code).sort()).toEqual([
      "timeline.clarificationTooLate",
      "timeline.tenderDeadlineTooSoon",
    ]);
    expect(checks.tasks[3]).toEqual({ section: "timeline", status: "HAS_PROBLEMS", problemCount: 2 });
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
    expect(checks.tasks[3]?.status).toBe("IN_PROGRESS");
  });
});
