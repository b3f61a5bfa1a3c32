import { describe, expect, it } from "vitest";
import { cpvFilterPrefix, matchesCpvFilter } from "./cpv-filter";

describe("cpvFilterPrefix", () => {
  it("keeps the significant digits of a full code, with or without its check digit", () => {
    // 72262000: the zeros after "72262" are not significant; "-9" is the check digit.
    expect(cpvFilterPrefix("72262000-9")).toBe("72262");
    expect(cpvFilterPrefix("72262000")).toBe("72262");
    expect(cpvFilterPrefix("72 20 00 00")).toBe("722");
    // A division keeps its two digits even though they end in zero.
    expect(cpvFilterPrefix("30000000")).toBe("30");
  });

  it("takes 2 to 7 leading digits as they are typed", () => {
    expect(cpvFilterPrefix("48")).toBe("48");
    expect(cpvFilterPrefix("4851")).toBe("4851");
    expect(cpvFilterPrefix("7220")).toBe("7220");
  });

  it("refuses what is not a code", () => {
    for (const input of ["", "4", "software", "48-51", "123456789012"]) expect(cpvFilterPrefix(input)).toBeNull();
  });
});

describe("matchesCpvFilter", () => {
  it("matches when either is a prefix of the other", () => {
    // "4851" starts "48510000"'s significant digits "4851"; "48" starts "4851"; "72262" starts with "7226".
    expect(matchesCpvFilter(["4851", "72412"], "4851")).toBe(true);
    expect(matchesCpvFilter(["4851"], "48")).toBe(true);
    expect(matchesCpvFilter(["7226"], "72262")).toBe(true);
  });

  it("does not match neighbours", () => {
    // "4852" and "4851" share "485" but neither starts the other; "72" and "48" are different divisions.
    expect(matchesCpvFilter(["4851"], "4852")).toBe(false);
    expect(matchesCpvFilter(["72"], "48")).toBe(false);
    expect(matchesCpvFilter([], "48")).toBe(false);
  });
});
