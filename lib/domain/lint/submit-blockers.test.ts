import { describe, expect, it } from "vitest";
import { submitBlockers } from "./submit-blockers";

describe("what blocks submitting for review", () => {
  it("is nothing when there are only warnings and no section has errors", () => {
    expect(
      submitBlockers(
        [{ severity: "warning" }, { severity: "info" }],
        [
          { section: "about", status: "COMPLETED" },
          { section: "lots", status: "NOT_STARTED" },
          { section: "scope", status: "IN_PROGRESS" },
        ],
      ),
    ).toBeNull();
  });

  it("counts lock-in errors and names the sections with problems", () => {
    expect(
      submitBlockers(
        [{ severity: "error" }, { severity: "warning" }, { severity: "error" }],
        [
          { section: "about", status: "COMPLETED" },
          { section: "timeline", status: "HAS_PROBLEMS" },
        ],
      ),
    ).toEqual({ lintErrors: 2, sectionsWithProblems: ["timeline"] });
    expect(submitBlockers([], [{ section: "scope", status: "HAS_PROBLEMS" }])).toEqual({
      lintErrors: 0,
      sectionsWithProblems: ["scope"],
    });
  });
});
