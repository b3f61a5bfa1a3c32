import { describe, expect, it } from "vitest";
import { conflictEffect, declarationStage, namesShownToPanel } from "./declaration";

const AT = new Date("2026-11-20T09:00:00Z");

describe("namesShownToPanel", () => {
  it.each([
    // [blind, consensus complete, opened] → shown
    [false, false, true, true],
    [false, false, false, false],
    [true, false, true, false],
    [true, true, true, true],
  ])("blind %s, consensus complete %s, opened %s → %s", (blindMode, complete, opened, shown) => {
    expect(namesShownToPanel({ blindMode, consensusCompletedAt: complete ? AT : null }, opened)).toBe(shown);
  });
});

describe("declarationStage", () => {
  const member = (signed: boolean, confirmed: boolean, removed = false) => ({
    declarationSignedAt: signed ? AT : null,
    declarationConfirmedWithNamesAt: confirmed ? AT : null,
    removedAt: removed ? AT : null,
  });

  it("asks for the signature first", () => {
    expect(declarationStage(member(false, false), true)).toBe("TO_SIGN");
    expect(declarationStage(member(false, false), false)).toBe("TO_SIGN");
  });

  it("asks for the names to be confirmed only once they are shown", () => {
    expect(declarationStage(member(true, false), true)).toBe("TO_CONFIRM_NAMES");
    expect(declarationStage(member(true, false), false)).toBe("COMPLETE");
    expect(declarationStage(member(true, true), true)).toBe("COMPLETE");
  });

  it("says a removed member is removed, whatever they signed", () => {
    expect(declarationStage(member(true, true, true), true)).toBe("REMOVED");
  });
});

describe("conflictEffect", () => {
  it("takes an evaluator off the bid's lot, or off the tender without lots", () => {
    expect(conflictEffect({ role: "EVALUATOR" }, "LOT-2")).toEqual({ kind: "LOT_EXCLUDED", lotKey: "LOT-2" });
    expect(conflictEffect({ role: "EVALUATOR" }, null)).toEqual({ kind: "REMOVED" });
  });

  it("takes the chair off the whole panel: they moderate every lot", () => {
    expect(conflictEffect({ role: "CHAIR" }, "LOT-2")).toEqual({ kind: "REMOVED" });
  });
});
