import { describe, expect, it } from "vitest";
import type { Clause } from "./clause-model";
import { availableClauseUpdate, carryOverParameterValues } from "./clause-updates";
import { clauseVersionDiff } from "./clause-version-diff";
import { diffLines, diffWords } from "./text-diff";
import { SAMPLE_CLAUSE } from "./testing/sample-clause";

const [licence, warranty, fixDays, ...rest] = SAMPLE_CLAUSE.parameters;
const { en, fr, de } = SAMPLE_CLAUSE.content;

/** Version 2: warranty default 12 → 24 months, fix time removed, a new "languages" text, body edited. */
const VERSION_2: Clause = {
  ...SAMPLE_CLAUSE,
  version: 2,
  status: "MANDATORY",
  parameters: [
    licence!,
    { ...warranty!, default: 24 } as never,
    ...rest,
    { name: "languages", kind: "TEXT", required: false, maxLength: 50 },
  ],
  content: {
    en: {
      ...en,
      body: en.body.replace("fixes within {{fixDays}}", "fixes without delay") + " Languages: {{languages}}.",
      parameters: { ...en.parameters, languages: { label: "Languages" } },
    },
    fr,
    de,
  },
};

describe("clauseVersionDiff", () => {
  it("shows the body word by word, the parameters one by one, and the other changes", () => {
    const diff = clauseVersionDiff(SAMPLE_CLAUSE, VERSION_2, "en");
    expect(diff).toMatchObject({ key: "sample-clause", fromVersion: 1, toVersion: 2, changed: true });
    expect(diff.title).toEqual([{ type: "equal", text: "Sample" }]);
    expect(diff.body.filter((part) => part.type !== "equal")).toEqual([
      { type: "delete", text: "within {{fixDays}}" },
      { type: "insert", text: "without delay" },
      { type: "insert", text: " Languages: {{languages}}." },
    ]);
    expect(diff.parameters).toEqual([
      {
        name: "warranty",
        label: "Warranty",
        change: "changed",
        aspects: ["default"],
        defaultBefore: "12 months",
        defaultAfter: "24 months",
      },
      { name: "languages", label: "Languages", change: "added", aspects: [] },
      { name: "fixDays", label: "Fix time", change: "removed", aspects: [] },
    ]);
    expect(diff.otherChanges).toEqual(["status"]);
  });

  it("writes defaults in the language asked for", () => {
    const diff = clauseVersionDiff(SAMPLE_CLAUSE, VERSION_2, "de");
    expect(diff.parameters[0]).toMatchObject({ defaultBefore: "12 Monate", defaultAfter: "24 Monate" });
  });

  it("reports no change between a version and itself, whatever the key order", () => {
    const applicability = { cpvPrefixes: [], procedureTypes: [], contractNatures: [] };
    const diff = clauseVersionDiff(SAMPLE_CLAUSE, { ...SAMPLE_CLAUSE, applicability }, "fr");
    expect(diff.changed).toBe(false);
    expect(diff.parameters).toEqual([]);
    expect(diff.otherChanges).toEqual([]);
  });
});

describe("diffWords and diffLines", () => {
  it("marks a changed number and keeps the rest equal", () => {
    expect(diffWords("within 12 months.", "within 24 months.")).toEqual([
      { type: "equal", text: "within " },
      { type: "delete", text: "12" },
      { type: "insert", text: "24" },
      { type: "equal", text: " months." },
    ]);
  });

  it("shows a replaced phrase as one deletion and one insertion", () => {
    expect(diffWords("The supplier shall deliver.", "The contractor must deliver.")).toEqual([
      { type: "equal", text: "The " },
      { type: "delete", text: "supplier shall" },
      { type: "insert", text: "contractor must" },
      { type: "equal", text: " deliver." },
    ]);
  });

  it("places an added sentence or paragraph on its natural boundaries", () => {
    expect(diffWords("One. Two.", "One. Three. Two.")).toEqual([
      { type: "equal", text: "One." },
      { type: "insert", text: " Three." },
      { type: "equal", text: " Two." },
    ]);
    expect(diffWords("Intro.\n\nSecond.\n", "Intro.\n\nNew.\n\nSecond.\n")).toEqual([
      { type: "equal", text: "Intro.\n\n" },
      { type: "insert", text: "New.\n\n" },
      { type: "equal", text: "Second.\n" },
    ]);
  });

  it("handles empty texts and identical texts", () => {
    expect(diffWords("", "New text")).toEqual([{ type: "insert", text: "New text" }]);
    expect(diffWords("Old", "")).toEqual([{ type: "delete", text: "Old" }]);
    expect(diffWords("Same.", "Same.")).toEqual([{ type: "equal", text: "Same." }]);
  });

  it("compares whole lines", () => {
    expect(diffLines("a\nb\nc\n", "a\nB\nc\n")).toEqual([
      { type: "equal", text: "a\n" },
      { type: "delete", text: "b\n" },
      { type: "insert", text: "B\n" },
      { type: "equal", text: "c\n" },
    ]);
  });

  it("falls back to lines for very long texts and still rebuilds both sides", () => {
    const before = Array.from({ length: 3000 }, (_, index) => `word${index}`).join(" ");
    const after = before.replace("word1500", "changed");
    const parts = diffWords(before, after);
    const side = (type: "delete" | "insert") =>
      parts
        .filter((part) => part.type !== type)
        .map((part) => part.text)
        .join("");
    expect(side("insert")).toBe(before);
    expect(side("delete")).toBe(after);
  });
});

describe("clause updates", () => {
  it("offers the newer version only", () => {
    expect(availableClauseUpdate({ key: "sample-clause", version: 1, values: {} }, [VERSION_2])).toBe(VERSION_2);
    expect(availableClauseUpdate({ key: "sample-clause", version: 2, values: {} }, [VERSION_2])).toBeUndefined();
    expect(availableClauseUpdate({ key: "other", version: 1, values: {} }, [VERSION_2])).toBeUndefined();
  });

  it("keeps the values that still fit and lists the others", () => {
    const { values, dropped } = carryOverParameterValues(VERSION_2, {
      licence: "GPL-3.0",
      warranty: 18,
      fixDays: 5,
      region: "EEA",
      portal: "",
    });
    expect(values).toEqual({ licence: "GPL-3.0", warranty: 18, region: "EEA" });
    expect(dropped).toEqual(["fixDays"]);
    const tighter = { ...VERSION_2, parameters: [{ ...warranty!, min: 24 } as never] };
    expect(carryOverParameterValues(tighter, { warranty: 18 })).toEqual({ values: {}, dropped: ["warranty"] });
  });
});

// Keeps the unused binding meaningful: version 2 drops this parameter.
void fixDays;
