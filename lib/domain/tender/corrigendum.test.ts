import { describe, expect, it } from "vitest";
import { checkDeadlineChanges, deadlineExtensionAdvice, type Deadlines } from "./corrigendum";

const TODAY = "2026-05-04"; // a Monday
const published: Deadlines = { requestsDeadline: null, tenderDeadline: "2026-05-20" };

describe("checkDeadlineChanges", () => {
  it("accepts a later deadline, and no change at all", () => {
    expect(checkDeadlineChanges(published, { ...published, tenderDeadline: "2026-05-27" }, TODAY)).toEqual([]);
    expect(checkDeadlineChanges(published, published, TODAY)).toEqual([]);
  });

  it("refuses to bring a deadline forward, even by one day", () => {
    expect(checkDeadlineChanges(published, { ...published, tenderDeadline: "2026-05-19" }, TODAY)).toEqual([
      {
        code: "corrigendum.deadlineBroughtForward",
        severity: "error",
        path: "tenderDeadline",
        values: { was: "2026-05-20" },
      },
    ]);
  });

  it("refuses to remove a published deadline", () => {
    expect(checkDeadlineChanges(published, { ...published, tenderDeadline: null }, TODAY)).toEqual([
      { code: "corrigendum.deadlineRemoved", severity: "error", path: "tenderDeadline" },
    ]);
  });

  it("refuses a deadline in the past, even a later one than before, but accepts today", () => {
    const passed: Deadlines = { requestsDeadline: null, tenderDeadline: "2026-04-20" };
    expect(checkDeadlineChanges(passed, { ...passed, tenderDeadline: "2026-05-03" }, TODAY)).toEqual([
      { code: "corrigendum.deadlineInPast", severity: "error", path: "tenderDeadline" },
    ]);
    expect(checkDeadlineChanges(passed, { ...passed, tenderDeadline: "2026-05-04" }, TODAY)).toEqual([]);
  });

  it("checks the deadline for requests to participate the same way", () => {
    const twoStage: Deadlines = { requestsDeadline: "2026-05-11", tenderDeadline: "2026-06-22" };
    expect(checkDeadlineChanges(twoStage, { ...twoStage, requestsDeadline: "2026-05-08" }, TODAY)).toEqual([
      {
        code: "corrigendum.deadlineBroughtForward",
        severity: "error",
        path: "requestsDeadline",
        values: { was: "2026-05-11" },
      },
    ]);
  });

  it("accepts a first deadline set on a published tender that had none, if it is not past", () => {
    const none: Deadlines = { requestsDeadline: null, tenderDeadline: null };
    expect(checkDeadlineChanges(none, { ...none, tenderDeadline: "2026-06-01" }, TODAY)).toEqual([]);
    expect(checkDeadlineChanges(none, { ...none, tenderDeadline: "2026-05-01" }, TODAY)).toHaveLength(1);
  });
});

describe("deadlineExtensionAdvice", () => {
  it("warns when the deadline is 5 days away and another section changes", () => {
    // 4 May to 9 May: 5 days, fewer than the 6 of Art. 47(3)(a).
    expect(
      deadlineExtensionAdvice("requirements", { requestsDeadline: null, tenderDeadline: "2026-05-09" }, TODAY),
    ).toEqual({
      code: "corrigendum.extendDeadline",
      severity: "warning",
      path: "tenderDeadline",
      values: { days: 5, deadline: "2026-05-09", minimumDays: 6 },
    });
  });

  it("says nothing with 6 days or more left, for the timeline itself, or once the deadline has passed", () => {
    expect(
      deadlineExtensionAdvice("about", { requestsDeadline: null, tenderDeadline: "2026-05-10" }, TODAY),
    ).toBeNull();
    expect(
      deadlineExtensionAdvice("timeline", { requestsDeadline: null, tenderDeadline: "2026-05-05" }, TODAY),
    ).toBeNull();
    expect(
      deadlineExtensionAdvice("about", { requestsDeadline: null, tenderDeadline: "2026-05-03" }, TODAY),
    ).toBeNull();
    expect(deadlineExtensionAdvice("about", { requestsDeadline: null, tenderDeadline: null }, TODAY)).toBeNull();
  });

  it("warns on the deadline day itself (0 days left)", () => {
    expect(
      deadlineExtensionAdvice("scope", { requestsDeadline: null, tenderDeadline: TODAY }, TODAY)?.values,
    ).toMatchObject({ days: 0 });
  });

  it("looks at the requests deadline first in a two-stage procedure, then at the tender deadline", () => {
    const twoStage: Deadlines = { requestsDeadline: "2026-05-06", tenderDeadline: "2026-06-22" };
    expect(deadlineExtensionAdvice("lots", twoStage, TODAY)).toMatchObject({
      path: "requestsDeadline",
      values: { days: 2 },
    });
    // Requests are closed: the tender deadline, 49 days away, is what matters and is far enough.
    expect(deadlineExtensionAdvice("lots", twoStage, "2026-05-07")).toBeNull();
  });
});
