import { describe, expect, it } from "vitest";
import { applyFix, hasLintErrors, type LintFinding } from "./finding";

describe("applyFix", () => {
  it("inserts, replaces and deletes", () => {
    expect(applyFix("Use Oracle.", { start: 10, end: 10, replacement: " or equivalent" })).toBe(
      "Use Oracle or equivalent.",
    );
    expect(applyFix("Use .docx.", { start: 4, end: 9, replacement: ".odt" })).toBe("Use .odt.");
    expect(applyFix("Use it now.", { start: 6, end: 10, replacement: "" })).toBe("Use it.");
    expect(applyFix("", { start: 0, end: 0, replacement: "x" })).toBe("x");
  });

  it("refuses a range outside the text or reversed, which means the fix is stale", () => {
    expect(() => applyFix("short", { start: 3, end: 9, replacement: "" })).toThrow(RangeError);
    expect(() => applyFix("short", { start: 3, end: 2, replacement: "" })).toThrow(RangeError);
    expect(() => applyFix("short", { start: -1, end: 0, replacement: "" })).toThrow(RangeError);
    expect(() => applyFix("short", { start: 1.5, end: 2, replacement: "" })).toThrow(RangeError);
  });
});

describe("hasLintErrors", () => {
  it("is true only with an error", () => {
    const finding = (severity: LintFinding["severity"]) => ({ severity }) as LintFinding;
    expect(hasLintErrors([finding("warning"), finding("info")])).toBe(false);
    expect(hasLintErrors([finding("warning"), finding("error")])).toBe(true);
  });
});
