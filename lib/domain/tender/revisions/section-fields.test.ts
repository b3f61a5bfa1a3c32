import { describe, expect, it } from "vitest";
import { CONTENT_FIELDS, SECTION_FIELDS, sameValue, sectionFieldsDiffer } from "./section-fields";

describe("SECTION_FIELDS", () => {
  it("gives every content field to exactly one section", () => {
    expect(new Set(CONTENT_FIELDS).size).toBe(CONTENT_FIELDS.length);
    // 26 fields before the mandatory clauses removed (clauseRemovals) joined the clauses section.
    expect(CONTENT_FIELDS).toHaveLength(27);
    expect(SECTION_FIELDS.clauses).toEqual(["clauses", "clauseRemovals"]);
  });

  it("leaves the tender's identity, status and progress marks out of its content", () => {
    for (const field of ["id", "status", "completedSections", "lintDismissals", "version", "updatedAt"]) {
      expect(CONTENT_FIELDS).not.toContain(field);
    }
  });

  it("puts the reference with the description, where the drafter edits it", () => {
    expect(SECTION_FIELDS.about).toContain("reference");
  });
});

describe("sectionFieldsDiffer", () => {
  const lot = { key: "L1", title: "Hosting", description: "", cpv: "72000000", estimatedValueCents: 100 };

  it("sees a change in a detail of a JSON section", () => {
    const before = { lots: [lot], reasonsForNotDividing: "" };
    const after = { lots: [{ ...lot, cpv: "48000000" }], reasonsForNotDividing: "" };
    expect(sectionFieldsDiffer("lots", before, after)).toBe(true);
    expect(sectionFieldsDiffer("about", before, after)).toBe(false);
  });

  it("ignores the order of keys in stored JSON", () => {
    const reordered = { estimatedValueCents: 100, cpv: "72000000", description: "", title: "Hosting", key: "L1" };
    expect(sectionFieldsDiffer("lots", { lots: [lot] }, { lots: [reordered] })).toBe(false);
  });

  it("compares the timeline's dates", () => {
    expect(sectionFieldsDiffer("timeline", { tenderDeadline: "2026-05-01" }, { tenderDeadline: "2026-05-02" })).toBe(
      true,
    );
    expect(sectionFieldsDiffer("timeline", { tenderDeadline: null }, { tenderDeadline: null })).toBe(false);
  });
});

describe("sameValue", () => {
  it.each([
    [1, 1, true],
    [1, "1", false],
    [null, null, true],
    [null, undefined, false],
    [[1, 2], [1, 2], true],
    [[1, 2], [2, 1], false],
    [[1], { 0: 1 }, false],
    [{ a: 1, b: [1] }, { b: [1], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, true],
    [{ a: 1 }, { a: 1, b: null }, false],
  ])("%j and %j: %s", (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });
});
