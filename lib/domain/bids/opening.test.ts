import { describe, expect, it } from "vitest";
import { calendarDayAt, checkOpeningStep, openingPhase, openingPossibleFrom, type OpeningContext } from "./opening";

describe("calendarDayAt", () => {
  it.each([
    // Winter: Brussels is UTC+1, so 23:30 UTC on 2 March is already 3 March there.
    ["2026-03-02T23:30:00Z", "2026-03-03"],
    ["2026-03-02T22:59:59Z", "2026-03-02"],
    // Summer: UTC+2, so 22:00 UTC is midnight of the next day.
    ["2026-07-14T22:00:00Z", "2026-07-15"],
    ["2026-07-14T21:59:59Z", "2026-07-14"],
  ])("%s is %s in Brussels", (instant, day) => {
    expect(calendarDayAt(new Date(instant))).toBe(day);
  });

  it("counts in another time zone when told", () => {
    // 23:30 UTC on 2 March is still 2 March in Lisbon (UTC+0 in winter).
    expect(calendarDayAt(new Date("2026-03-02T23:30:00Z"), "Europe/Lisbon")).toBe("2026-03-02");
  });
});

describe("openingPossibleFrom", () => {
  it("is the day after the deadline, across a month end", () => {
    expect(openingPossibleFrom("2026-03-31")).toBe("2026-04-01");
  });
});

const context = (overrides: Partial<OpeningContext> = {}): OpeningContext => ({
  status: "PUBLISHED",
  tenderDeadline: "2026-03-02",
  today: "2026-03-03",
  bidCount: 3,
  opening: null,
  ...overrides,
});

describe("openingPhase", () => {
  it.each<[string, Partial<OpeningContext>, ReturnType<typeof openingPhase>]>([
    ["ready the day after the deadline", {}, { kind: "READY" }],
    [
      "not on the deadline day itself",
      { today: "2026-03-02" },
      { kind: "BEFORE_DEADLINE", possibleFrom: "2026-03-03" },
    ],
    ["not before the deadline", { today: "2026-02-20" }, { kind: "BEFORE_DEADLINE", possibleFrom: "2026-03-03" }],
    ["not without a deadline", { tenderDeadline: null }, { kind: "NO_DEADLINE" }],
    ["not for a cancelled tender", { status: "CANCELLED" }, { kind: "NOT_PUBLISHED" }],
    ["not without bids", { bidCount: 0 }, { kind: "NO_BIDS" }],
    ["requested", { opening: { requestedById: "u1", openedAt: null } }, { kind: "REQUESTED" }],
    ["opened", { opening: { requestedById: "u1", openedAt: new Date() } }, { kind: "OPENED" }],
  ])("%s", (_name, overrides, phase) => {
    expect(openingPhase(context(overrides))).toEqual(phase);
  });
});

describe("checkOpeningStep", () => {
  const requested = { opening: { requestedById: "alice", openedAt: null } };
  const opened = { opening: { requestedById: "alice", openedAt: new Date("2026-03-03T09:00:00Z") } };

  it("lets anyone request once the deadline day is over, and no earlier", () => {
    expect(checkOpeningStep("request", context(), "alice")).toBeNull();
    expect(checkOpeningStep("request", context({ today: "2026-03-02" }), "alice")).toBe("beforeDeadline");
    expect(checkOpeningStep("request", context({ tenderDeadline: null }), "alice")).toBe("noDeadline");
    expect(checkOpeningStep("request", context({ status: "DRAFT" }), "alice")).toBe("notPublished");
    expect(checkOpeningStep("request", context({ bidCount: 0 }), "alice")).toBe("noBids");
  });

  it("refuses a second request, and any step once opened", () => {
    expect(checkOpeningStep("request", context(requested), "bob")).toBe("alreadyRequested");
    expect(checkOpeningStep("request", context(opened), "bob")).toBe("alreadyOpened");
    expect(checkOpeningStep("confirm", context(opened), "bob")).toBe("alreadyOpened");
    expect(checkOpeningStep("withdraw", context(opened), "alice")).toBe("alreadyOpened");
  });

  it("needs a different person to confirm", () => {
    expect(checkOpeningStep("confirm", context(requested), "bob")).toBeNull();
    expect(checkOpeningStep("confirm", context(requested), "alice")).toBe("sameUser");
    expect(checkOpeningStep("confirm", context(), "bob")).toBe("notRequested");
  });

  it("checks the time again on confirmation (a corrigendum may have moved the deadline)", () => {
    expect(checkOpeningStep("confirm", context({ ...requested, tenderDeadline: "2026-03-09" }), "bob")).toBe(
      "beforeDeadline",
    );
  });

  it("lets only the requester withdraw, at any time before the opening", () => {
    expect(checkOpeningStep("withdraw", context({ ...requested, today: "2026-01-01" }), "alice")).toBeNull();
    expect(checkOpeningStep("withdraw", context(requested), "bob")).toBe("notRequester");
    expect(checkOpeningStep("withdraw", context(), "alice")).toBe("notRequested");
  });
});
