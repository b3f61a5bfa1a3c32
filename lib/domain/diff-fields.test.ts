import { describe, expect, it } from "vitest";
import { diffFields } from "./diff-fields";

describe("diffFields", () => {
  it("keeps only the fields that changed, comparing arrays by content", () => {
    const before = { title: "Office suite", cpv: ["48000000"], value: 100, version: 3 };
    const after = { title: "Open office suite", cpv: ["48000000"], value: 100, version: 4 };
    expect(diffFields(before, after, ["version"])).toEqual({
      before: { title: "Office suite" },
      after: { title: "Open office suite" },
    });
  });

  it("reports a field that appears or disappears", () => {
    expect(diffFields<Record<string, unknown>>({ a: 1 }, { a: 1, b: null })).toEqual({
      before: { b: undefined },
      after: { b: null },
    });
  });

  it("reports nothing when nothing changed", () => {
    expect(diffFields({ cpv: ["1", "2"] }, { cpv: ["1", "2"] })).toEqual({ before: {}, after: {} });
  });
});
