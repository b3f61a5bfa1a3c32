import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, isIsoDate, isWeekend, nextWorkingDay } from "./calendar-date";

describe("calendar dates", () => {
  it.each([
    ["2026-03-01", true],
    ["2024-02-29", true],
    ["2026-02-29", false], // 2026 is not a leap year
    ["2026-02-30", false],
    ["2026-13-01", false],
    ["2026-3-1", false],
    ["2026-03-01T00:00:00Z", false],
    ["", false],
  ])("%j is a valid ISO date: %s", (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });

  it.each([
    ["2026-03-01", "2026-03-31", 30],
    ["2026-03-01", "2026-04-05", 35],
    ["2026-02-28", "2026-03-01", 1],
    ["2024-02-28", "2024-03-01", 2], // across 29 February
    ["2026-03-29", "2026-03-30", 1], // across the summer-time change in Europe: still one day
    ["2026-03-31", "2026-03-01", -30],
    ["2026-03-01", "2026-03-01", 0],
  ])("from %s to %s is %i days", (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ["2026-03-01", 30, "2026-03-31"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-03-07", -6, "2026-03-01"],
  ])("%s + %i days = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ["2025-03-01", 12, "2026-03-01"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-03-31", -1, "2026-02-28"],
  ])("%s + %i months = %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ["2026-04-03", false], // Friday
    ["2026-04-04", true], // Saturday
    ["2026-04-05", true], // Sunday
    ["2026-04-06", false], // Monday
  ])("%s is a weekend day: %s", (date, weekend) => {
    expect(isWeekend(date)).toBe(weekend);
  });

  it("moves a period ending on a weekend or holiday to the next working day", () => {
    expect(nextWorkingDay("2026-04-03")).toBe("2026-04-03");
    expect(nextWorkingDay("2026-04-04")).toBe("2026-04-06");
    // Easter Monday 2026 is 6 April, a public holiday in many Member States.
    expect(nextWorkingDay("2026-04-04", ["2026-04-06"])).toBe("2026-04-07");
  });
});
