import { describe, expect, it } from "vitest";
import type { CriteriaTree } from "./criteria-tree";
import {
  checkRequirements,
  criterionChoices,
  nextRequirementKey,
  REQUIREMENT_KEY_PATTERN,
  requirementKeyDuplicates,
  type Requirement,
} from "./requirements";

const requirement = (key: string, criterionKey: string | null = null): Requirement => ({
  key,
  text: "Documents are stored in ODF.",
  level: "MUST",
  criterionKey,
});

describe("identifiers of new requirements", () => {
  it.each<[string[], string]>([
    [[], "REQ-01"],
    [["REQ-01", "REQ-02"], "REQ-03"],
    [["REQ-01", "REQ-07"], "REQ-08"],
    [["REQ-09"], "REQ-10"],
    [["req-99"], "REQ-100"],
    // Identifiers the drafter chose are left alone.
    [["SEC-1", "ACC.2"], "REQ-01"],
  ])("after %j comes %s", (keys, next) => {
    expect(nextRequirementKey(keys)).toBe(next);
  });

  it.each([
    ["REQ-01", true],
    ["SEC.4.2", true],
    ["a", true],
    ["ABCDEFGHIJ0123456789", true],
    ["ABCDEFGHIJ0123456789X", false],
    ["", false],
    ["REQ 01", false],
    ["REQ_01", false],
    ["RÉQ-01", false],
  ])("%j is a valid identifier: %s", (key, valid) => {
    expect(REQUIREMENT_KEY_PATTERN.test(key)).toBe(valid);
  });
});

describe("checkRequirements", () => {
  it("accepts distinct identifiers linked to existing criteria or to none", () => {
    expect(checkRequirements([requirement("REQ-01", "usability"), requirement("REQ-02")], ["usability"])).toEqual([]);
  });

  it("flags an identifier used again, ignoring case and spaces, at each repetition", () => {
    const list = [requirement("REQ-01"), requirement("req-01 "), requirement("REQ-02"), requirement("Req-01")];
    expect(requirementKeyDuplicates(list).map((problem) => problem.path)).toEqual([
      "requirements.1.key",
      "requirements.3.key",
    ]);
    expect(checkRequirements(list, [])[0]).toEqual({
      code: "requirements.keyDuplicate",
      severity: "error",
      path: "requirements.1.key",
      values: { key: "req-01 " },
    });
  });

  it("flags a link to a criterion that no longer exists, in the list's order", () => {
    const list = [requirement("REQ-01", "price"), requirement("REQ-01", "usability")];
    expect(checkRequirements(list, ["usability"])).toEqual([
      {
        code: "requirements.criterionUnknown",
        severity: "error",
        path: "requirements.0.criterionKey",
        values: { key: "REQ-01", criterion: "price" },
      },
      {
        code: "requirements.keyDuplicate",
        severity: "error",
        path: "requirements.1.key",
        values: { key: "REQ-01" },
      },
    ]);
  });
});

describe("criterionChoices", () => {
  it("names each criterion with its parents, in the tree's order, falling back to the key", () => {
    const tree: CriteriaTree = [
      { key: "cost", name: "Total cost of ownership", kind: "COST", weight: 40, costFormula: "F2" },
      {
        key: "quality",
        name: "Quality",
        kind: "QUALITY",
        weight: 60,
        children: [
          { key: "usability", name: "Usability for staff", kind: "QUALITY", weight: 50 },
          { key: "support", name: " ", kind: "QUALITY", weight: 50 },
        ],
      },
    ];
    expect(criterionChoices(tree)).toEqual([
      { key: "cost", label: "Total cost of ownership" },
      { key: "quality", label: "Quality" },
      { key: "usability", label: "Quality › Usability for staff" },
      { key: "support", label: "Quality › support" },
    ]);
    expect(criterionChoices([])).toEqual([]);
  });
});
