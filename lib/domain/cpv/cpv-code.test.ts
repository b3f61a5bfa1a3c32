import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCpvCode, cpvDepth, formatCpv, isCpvCode8, normaliseCpvInput, parentOf } from "./cpv-code";
import { parseCpvCsv } from "./parse-cpv-csv";

const entries = parseCpvCsv(readFileSync(new URL("../../../data/cpv/cpv2008.csv", import.meta.url), "utf8"));
const checkDigits = new Map(entries.map((entry) => [entry.code8, entry.checkDigit]));
const checkDigitOf = (code8: string) => checkDigits.get(code8);

describe("normaliseCpvInput", () => {
  it.each([
    ["72260000-5", { code8: "72260000", checkDigit: "5" }],
    ["72260000", { code8: "72260000", checkDigit: null }],
    ["72 26 00 00", { code8: "72260000", checkDigit: null }],
    [" 72260000 - 5 ", { code8: "72260000", checkDigit: "5" }],
    ["72.26.00.00-5", { code8: "72260000", checkDigit: "5" }],
    ["722600005", { code8: "72260000", checkDigit: "5" }],
  ])("reads %j", (input, expected) => {
    expect(normaliseCpvInput(input)).toEqual(expected);
  });

  it.each(["", "7226", "7226000", "72260000-", "72260000-55", "7226000a", "72260000/5", "software"])(
    "refuses %j",
    (input) => {
      expect(normaliseCpvInput(input)).toBeNull();
    },
  );
});

describe("checkCpvCode", () => {
  it("accepts a known code with or without its check digit", () => {
    expect(checkCpvCode("72260000-5", checkDigitOf)).toEqual({ ok: true, code8: "72260000", checkDigit: "5" });
    expect(checkCpvCode("48000000", checkDigitOf)).toEqual({ ok: true, code8: "48000000", checkDigit: "8" });
  });

  it("rejects a wrong check digit, an unknown code and a malformed one", () => {
    expect(checkCpvCode("72260000-4", checkDigitOf)).toEqual({ ok: false, reason: "checkDigit" });
    // 72260000 exists but 72269000 does not (the class stops at 72268000).
    expect(checkCpvCode("72269000", checkDigitOf)).toEqual({ ok: false, reason: "unknown" });
    expect(checkCpvCode("99000000", checkDigitOf)).toEqual({ ok: false, reason: "unknown" });
    expect(checkCpvCode("7226", checkDigitOf)).toEqual({ ok: false, reason: "format" });
  });
});

describe("formatting and levels", () => {
  it("formats the display form", () => {
    expect(formatCpv("72260000", "5")).toBe("72260000-5");
  });

  it("tells an 8-digit code", () => {
    expect(isCpvCode8("72260000")).toBe(true);
    expect(isCpvCode8("72260000-5")).toBe(false);
    expect(isCpvCode8("7226000")).toBe(false);
  });

  it.each([
    ["72000000", 2],
    ["03000000", 2],
    ["72200000", 3],
    ["72260000", 4],
    ["72262000", 5],
    ["30192100", 6],
    ["30192121", 8],
  ])("depth of %s is %i", (code8, depth) => {
    expect(cpvDepth(code8)).toBe(depth);
  });
});

describe("parentOf", () => {
  it.each([
    ["72262000", "72260000"],
    ["72260000", "72200000"],
    ["72200000", "72000000"],
    ["48900000", "48000000"],
    ["03111000", "03110000"],
    // 30192120 is not a code: the rule keeps zeroing until it finds one.
    ["30192121", "30192100"],
  ])("of %s is %s", (code8, parent) => {
    expect(checkDigits.has(parent)).toBe(true);
    expect(parentOf(code8, checkDigits)).toBe(parent);
  });

  it("is null for a division", () => {
    expect(parentOf("72000000", checkDigits)).toBeNull();
    expect(parentOf("03000000", checkDigits)).toBeNull();
  });

  it("gives every code but the 45 divisions a parent in the list", () => {
    const orphans = entries.filter((entry) => parentOf(entry.code8, checkDigits) === null);
    expect(orphans).toHaveLength(45);
    expect(orphans.every((entry) => cpvDepth(entry.code8) === 2)).toBe(true);
  });

  it("works on a hand-made list", () => {
    const known = new Set(["10000000", "10100000", "10110000"]);
    expect(parentOf("10111000", known)).toBe("10110000");
    expect(parentOf("10120000", known)).toBe("10100000");
    expect(parentOf("10200000", known)).toBe("10000000");
    expect(parentOf("11100000", known)).toBeNull();
  });
});
