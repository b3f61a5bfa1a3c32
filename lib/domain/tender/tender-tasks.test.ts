import { describe, expect, it } from "vitest";
import type { SectionCheck } from "./sections/section-check";
import { tenderTasks, type TenderSection } from "./tender-tasks";

const notStarted: SectionCheck = { started: false, complete: false, problems: [] };
const checks = (overrides: Partial<Record<TenderSection, SectionCheck | null>> = {}) => ({
  about: notStarted,
  procedure: notStarted,
  scope: notStarted,
  lots: notStarted,
  criteria: notStarted,
  requirements: notStarted,
  clauses: notStarted,
  sovereignty: notStarted,
  phases: null,
  timeline: notStarted,
  ...overrides,
});

describe("tender task list", () => {
  it("lists the sections that apply, in the advised order, none started", () => {
    const tasks = tenderTasks(checks());
    expect(tasks.map((task) => task.section)).toEqual([
      "about",
      "procedure",
      "scope",
      "lots",
      "criteria",
      "requirements",
      "clauses",
      "sovereignty",
      "timeline",
    ]);
    expect(new Set(tasks.map((task) => task.status))).toEqual(new Set(["NOT_STARTED"]));
  });

  it("adds the phases only when their section applies", () => {
    const tasks = tenderTasks(checks({ phases: notStarted }));
    expect(tasks.map((task) => task.section)).toContain("phases");
  });

  it("derives in progress, completed and has problems; warnings do not count as problems", () => {
    const warning = { code: "criteria.costWeightHigh", severity: "warning" } as const;
    const error = { code: "criteria.weightsSum", severity: "error" } as const;
    const tasks = tenderTasks(
      checks({
        about: { started: true, complete: false, problems: [] },
        procedure: { started: true, complete: true, problems: [warning] },
        scope: { started: true, complete: true, problems: [error, error, warning] },
      }),
    );
    expect(tasks.slice(0, 3)).toEqual([
      { section: "about", status: "IN_PROGRESS", problemCount: 0 },
      { section: "procedure", status: "COMPLETED", problemCount: 0 },
      { section: "scope", status: "HAS_PROBLEMS", problemCount: 2 },
    ]);
  });
});
