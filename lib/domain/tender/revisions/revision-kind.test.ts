import { describe, expect, it } from "vitest";
import { restoredLabel, revisionKind } from "./revision-kind";

describe("revisionKind", () => {
  it.each([
    ["created", undefined, { kind: "created" }],
    ["status", "IN_REVIEW", { kind: "status" }],
    ["about", "DRAFT", { kind: "section", section: "about" }],
    ["timeline", undefined, { kind: "section", section: "timeline" }],
    ["restored:7", "DRAFT", { kind: "restored", fromVersion: 7 }],
    ["restored:0", "DRAFT", { kind: "restored", fromVersion: 0 }],
    ["corrigendum", "PUBLISHED", { kind: "corrigendum", section: null }],
    ["corrigendum:scope", "PUBLISHED", { kind: "corrigendum", section: "scope" }],
    ["corrigendum:nonsense", "PUBLISHED", { kind: "corrigendum", section: null }],
    // Only drafts are saved section by section: on a published tender a save is a corrigendum.
    ["lots", "PUBLISHED", { kind: "corrigendum", section: "lots" }],
  ] as const)("reads %s (status %s)", (label, status, expected) => {
    expect(revisionKind(label, status)).toEqual(expected);
  });

  it("keeps labels it does not know, and restore labels without a version, as they are", () => {
    expect(revisionKind("imported")).toEqual({ kind: "other", label: "imported" });
    expect(revisionKind("restored:")).toEqual({ kind: "other", label: "restored:" });
    expect(revisionKind("restored:-3")).toEqual({ kind: "other", label: "restored:-3" });
    expect(revisionKind("restored:7a")).toEqual({ kind: "other", label: "restored:7a" });
  });

  it("writes the restore label that it reads back", () => {
    expect(restoredLabel(12)).toBe("restored:12");
    expect(revisionKind(restoredLabel(12))).toEqual({ kind: "restored", fromVersion: 12 });
  });
});
