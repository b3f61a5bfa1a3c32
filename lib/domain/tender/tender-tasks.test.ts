import { describe, expect, it } from "vitest";
import { tenderTasks, type TenderDraftForTasks } from "./tender-tasks";

const empty: TenderDraftForTasks = {
  title: "Collaboration suite",
  summary: "",
  contractNature: null,
  procedureType: null,
  procedureGround: null,
  procedureNeedsGround: false,
  mainCpv: null,
  estimatedValueCents: null,
  durationMonths: null,
  timelineDatesGiven: 0,
  timelineDatesMissing: 4,
  timelineErrors: 0,
};

describe("tender task list", () => {
  it("starts with every section not started", () => {
    expect(tenderTasks(empty).map((task) => task.status)).toEqual([
      "NOT_STARTED",
      "NOT_STARTED",
      "NOT_STARTED",
      "NOT_STARTED",
    ]);
  });

  it("shows a section in progress until its required answers are given", () => {
    expect(tenderTasks({ ...empty, summary: "Replace the mail system" })[0]).toEqual({
      section: "about",
      status: "IN_PROGRESS",
      problemCount: 0,
    });
    expect(tenderTasks({ ...empty, summary: "Replace the mail system", contractNature: "SERVICES" })[0]?.status).toBe(
      "COMPLETED",
    );
  });

  it("flags a procedure that needs a legal ground until one is given", () => {
    const negotiated = { ...empty, procedureType: "NEGOTIATED_WITHOUT_PUBLICATION", procedureNeedsGround: true };
    expect(tenderTasks(negotiated)[1]).toEqual({ section: "procedure", status: "HAS_PROBLEMS", problemCount: 1 });
    expect(tenderTasks({ ...negotiated, procedureGround: "ART_32_2_B_TECHNICAL" })[1]?.status).toBe("COMPLETED");
  });

  it("completes the scope once the CPV code, value and duration are given", () => {
    expect(tenderTasks({ ...empty, mainCpv: "48000000", estimatedValueCents: 0 })[2]?.status).toBe("IN_PROGRESS");
    expect(tenderTasks({ ...empty, mainCpv: "48000000", estimatedValueCents: 0, durationMonths: 48 })[2]?.status).toBe(
      "COMPLETED",
    );
  });

  it("shows timeline errors as problems even when every date is given", () => {
    const dated = { ...empty, timelineDatesGiven: 4, timelineDatesMissing: 0 };
    expect(tenderTasks(dated)[3]?.status).toBe("COMPLETED");
    expect(tenderTasks({ ...dated, timelineDatesMissing: 1 })[3]?.status).toBe("IN_PROGRESS");
    expect(tenderTasks({ ...dated, timelineErrors: 2 })[3]).toEqual({
      section: "timeline",
      status: "HAS_PROBLEMS",
      problemCount: 2,
    });
  });
});
