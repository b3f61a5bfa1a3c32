import { describe, expect, it } from "vitest";
import { compareAnswers, compareSection, hasChanges, type Answer } from "./compare-answers";

const title = (value: string | null): Answer => ({ key: "title", value });
const summary = (value: string | null): Answer => ({ key: "summary", value });
const lot = (key: string, name: string, value: string[]): Answer => ({ key, label: `${key} · ${name}`, value });

describe("compareAnswers", () => {
  it("marks the answers whose value changed and keeps the others as unchanged", () => {
    const result = compareAnswers(
      [title("Office suite"), summary("For 4,000 staff")],
      [title("Office suite"), summary("For 5,000 staff")],
    );
    expect(result).toEqual([
      { key: "title", change: "unchanged", before: title("Office suite"), after: title("Office suite") },
      { key: "summary", change: "changed", before: summary("For 4,000 staff"), after: summary("For 5,000 staff") },
    ]);
  });

  it("sees an answer that was given or cleared", () => {
    const result = compareAnswers([summary(null)], [summary("Now written")]);
    expect(result.map((answer) => answer.change)).toEqual(["changed"]);
    expect(compareAnswers([summary("Written")], [summary(null)])[0]?.change).toBe("changed");
  });

  it("compares list values item by item, in order", () => {
    const cpvs = (value: string[]): Answer => ({ key: "additionalCpvs", value });
    expect(compareAnswers([cpvs(["A", "B"])], [cpvs(["A", "B"])])[0]?.change).toBe("unchanged");
    expect(compareAnswers([cpvs(["A", "B"])], [cpvs(["B", "A"])])[0]?.change).toBe("changed");
    expect(compareAnswers([cpvs(["A"])], [cpvs(["A", "B"])])[0]?.change).toBe("changed");
  });

  it("sees a renamed entry through its label, its value being the same", () => {
    const [answer] = compareAnswers([lot("L1", "Hosting", ["€10.00"])], [lot("L1", "Cloud hosting", ["€10.00"])]);
    expect(answer?.change).toBe("changed");
    expect(answer?.before?.label).toBe("L1 · Hosting");
    expect(answer?.after?.label).toBe("L1 · Cloud hosting");
  });

  it("sees a criterion whose description alone changed, and one whose description stayed", () => {
    const fit = (markdown?: string): Answer => ({
      key: "criterion-fit",
      label: "Fit",
      value: "Quality, weight 60 %",
      ...(markdown === undefined ? {} : { markdown }),
    });
    expect(compareAnswers([fit("EN 301 549 **AA**.")], [fit("EN 301 549 **AAA**.")])[0]?.change).toBe("changed");
    expect(compareAnswers([fit()], [fit("Now described.")])[0]?.change).toBe("changed");
    expect(compareAnswers([fit("Same.")], [fit("Same.")])[0]?.change).toBe("unchanged");
  });

  it("lists added entries where they now are and removed ones after the entry they followed", () => {
    // Before: L1, L2, L3. After: L1, L3, L4 (L2 removed, L4 added).
    const l1 = lot("L1", "Hosting", ["€10.00"]);
    const l2 = lot("L2", "Support", ["€5.00"]);
    const l3 = lot("L3", "Training", ["€2.00"]);
    const l4 = lot("L4", "Migration", ["€3.00"]);
    expect(compareAnswers([l1, l2, l3], [l1, l3, l4])).toEqual([
      { key: "L1", change: "unchanged", before: l1, after: l1 },
      { key: "L2", change: "removed", before: l2, after: null },
      { key: "L3", change: "unchanged", before: l3, after: l3 },
      { key: "L4", change: "added", before: null, after: l4 },
    ]);
  });

  it("puts answers removed from the top first", () => {
    // The section switched from "no lots, because…" to two lots: the reasons went, the lots came.
    const reasons: Answer = { key: "reasonsForNotDividing", value: "One integrated service" };
    const l1 = lot("L1", "Hosting", ["€10.00"]);
    const l2 = lot("L2", "Support", ["€5.00"]);
    expect(compareAnswers([reasons], [l1, l2]).map(({ key, change }) => [key, change])).toEqual([
      ["reasonsForNotDividing", "removed"],
      ["L1", "added"],
      ["L2", "added"],
    ]);
  });

  it("pairs repeated keys in the order they appear", () => {
    const first: Answer = { key: "PILOT", label: "Pilot", value: ["6 months"] };
    const second: Answer = { key: "PILOT", label: "Pilot", value: ["9 months"] };
    const third: Answer = { key: "PILOT", label: "Pilot", value: ["12 months"] };
    expect(compareAnswers([first, second], [first, third, second]).map(({ change }) => change)).toEqual([
      "unchanged",
      "changed",
      "added",
    ]);
  });

  it("compares two empty sections as nothing", () => {
    expect(compareAnswers([], [])).toEqual([]);
  });
});

describe("compareSection", () => {
  it("counts the changed answers", () => {
    const comparison = compareSection("about", [title("A"), summary("B")], [title("A2"), summary("B2")], true);
    expect(comparison.changedCount).toBe(2);
    expect(comparison.unprintedChange).toBe(false);
    expect(hasChanges(comparison)).toBe(true);
  });

  it("says when stored fields differ but the summary prints the same", () => {
    const comparison = compareSection(
      "lots",
      [lot("L1", "Hosting", ["€10.00"])],
      [lot("L1", "Hosting", ["€10.00"])],
      true,
    );
    expect(comparison.changedCount).toBe(0);
    expect(comparison.unprintedChange).toBe(true);
    expect(hasChanges(comparison)).toBe(true);
  });

  it("has no changes when nothing differs", () => {
    const comparison = compareSection("about", [title("A")], [title("A")], false);
    expect(hasChanges(comparison)).toBe(false);
  });
});
