import { describe, expect, it } from "vitest";
import { templateSectionsAfterRestore } from "./restore-template-sections";

const requirementsV1 = [{ key: "REQ-01", text: "Version 1", level: "MUST", criterionKey: null }];
const requirementsV2 = [
  ...requirementsV1,
  { key: "REQ-07", text: "Added in version 2", level: "MUST", criterionKey: null },
];

describe("templateSectionsAfterRestore", () => {
  it("brings back the record stored with the revision, whatever the tender holds now", () => {
    // The revision was stored after the requirements were taken over from v2, before the clauses were.
    expect(
      templateSectionsAfterRestore({
        current: { requirements: 2, clauses: 2 },
        recorded: { requirements: 2 },
        before: { requirements: requirementsV2 },
        restored: { requirements: requirementsV2 },
      }),
    ).toEqual({ requirements: 2 });
    // A revision from before any take-over: an empty record, every section back to the start version.
    expect(
      templateSectionsAfterRestore({ current: { requirements: 2 }, recorded: {}, before: {}, restored: {} }),
    ).toEqual({});
  });

  it("without a recorded state, keeps the entries of unchanged sections and drops those the restore changes", () => {
    // Now: requirements and clauses taken over from v2. The old revision has v1's requirements
    // (different) and the same clauses: requirements fall back to the start, clauses keep 2.
    const clauses = [{ key: "escrow", version: 1, values: {} }];
    expect(
      templateSectionsAfterRestore({
        current: { requirements: 2, clauses: 2 },
        recorded: null,
        before: { requirements: requirementsV2, clauses, clauseRemovals: [] },
        restored: { requirements: requirementsV1, clauses, clauseRemovals: [] },
      }),
    ).toEqual({ clauses: 2 });
  });

  it("returns a copy, never the record it was given", () => {
    const recorded = { criteria: 3 };
    const result = templateSectionsAfterRestore({ current: {}, recorded, before: {}, restored: {} });
    expect(result).toEqual({ criteria: 3 });
    expect(result).not.toBe(recorded);
  });
});
