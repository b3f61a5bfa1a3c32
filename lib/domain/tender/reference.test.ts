import { describe, expect, it } from "vitest";
import { formatTenderReference, parseTenderReference } from "./reference";

describe("tender references", () => {
  it.each([
    ["MIN", 2026, 7, "MIN-2026-0007"],
    ["MIN", 2026, 1, "MIN-2026-0001"],
    ["CITYLYON", 2027, 999, "CITYLYON-2027-0999"],
    ["BX1", 2026, 9_999, "BX1-2026-9999"],
    ["BX1", 2026, 10_000, "BX1-2026-10000"],
  ])("formats (%s, %i, %i) as %s", (prefix, year, sequence, expected) => {
    expect(formatTenderReference(prefix, year, sequence)).toBe(expected);
  });

  it.each([
    ["MIN-2026-0007", { prefix: "MIN", year: 2026, sequence: 7 }],
    ["  min-2026-0007 ", { prefix: "MIN", year: 2026, sequence: 7 }],
    ["BX1-2026-9999", { prefix: "BX1", year: 2026, sequence: 9_999 }],
    ["BX1-2026-10000", { prefix: "BX1", year: 2026, sequence: 10_000 }],
    ["MIN-2026-0000", null], // sequences start at 1
    ["MIN-2026-007", null], // fewer than 4 digits
    ["MIN-2026-00007", null], // not the one spelling of 7
    ["MIN-26-0007", null],
    ["M-2026-0007", null], // prefix too short
    ["MINISTERE-2026-0007", null], // prefix too long (9)
    ["1MIN-2026-0007", null], // prefix must start with a letter
    ["MIN-2026-0007-A", null],
    ["MIN 2026 0007", null],
    ["", null],
  ])("parses %j as %j", (text, expected) => {
    expect(parseTenderReference(text)).toEqual(expected);
  });

  it("reads back what it writes", () => {
    expect(parseTenderReference(formatTenderReference("EUPL", 2026, 42))).toEqual({
      prefix: "EUPL",
      year: 2026,
      sequence: 42,
    });
  });
});
