import { describe, expect, it } from "vitest";
import { autosaveStatusAfter, autosaveStep, hasUnsavedChanges, type AutosaveSituation } from "./autosave";

const idleDraft: AutosaveSituation = {
  mode: "draft",
  conflict: false,
  submitting: false,
  saving: false,
  changed: true,
  valid: true,
};

describe("autosaveStep", () => {
  it.each<[string, Partial<AutosaveSituation>, string]>([
    ["changed and valid: save", {}, "save"],
    ["nothing changed since the last save", { changed: false }, "nothing"],
    ["the schema refuses the values", { valid: false }, "invalid"],
    ["a save is in flight: look again when it is back", { saving: true }, "later"],
    ["a save is in flight, and the values are invalid: still wait for it", { saving: true, valid: false }, "later"],
    ["a published tender: corrigenda are never saved by a timer", { mode: "corrigendum" }, "nothing"],
    ["after an edit conflict nothing more is sent", { conflict: true }, "nothing"],
    ["the drafter pressed save: that save runs alone", { submitting: true }, "nothing"],
    ["unchanged while another save is in flight", { changed: false, saving: true }, "nothing"],
  ])("%s", (_case, situation, expected) => {
    expect(autosaveStep({ ...idleDraft, ...situation })).toBe(expected);
  });
});

describe("hasUnsavedChanges", () => {
  const saved = { tenderId: "t1", version: 4, summary: "Open standards", cpvs: ["48000000"] };

  it("is false for the same content, whatever the version or the corrigendum reason", () => {
    expect(hasUnsavedChanges(saved, { ...saved, version: 5, corrigendumReason: "x" })).toBe(false);
    expect(hasUnsavedChanges(saved, { ...saved, cpvs: ["48000000"] })).toBe(false);
  });

  it("is true when a field differs, was added, or an array changed", () => {
    expect(hasUnsavedChanges(saved, { ...saved, summary: "Open standards." })).toBe(true);
    expect(hasUnsavedChanges(saved, { ...saved, title: "Suite" })).toBe(true);
    expect(hasUnsavedChanges(saved, { ...saved, cpvs: ["48000000", "72260000"] })).toBe(true);
  });

  it("keeps what was typed while a save was in flight as unsaved", () => {
    // The save sent "Open standards"; the drafter went on typing before it came back.
    const typedSince = { ...saved, version: 5, summary: "Open standards for 4,000 staff" };
    expect(hasUnsavedChanges(saved, typedSince)).toBe(true);
  });

  it("treats an empty field that was never touched (undefined) like null", () => {
    expect(hasUnsavedChanges({ durationMonths: undefined }, { durationMonths: null })).toBe(false);
    expect(hasUnsavedChanges({ durationMonths: undefined }, { durationMonths: "" })).toBe(true);
  });
});

describe("autosaveStatusAfter", () => {
  const at = new Date("2026-05-04T14:03:00Z");

  it("reports the time of a successful save", () => {
    expect(autosaveStatusAfter({ ok: true }, at)).toEqual({ kind: "saved", at });
  });

  it("reports an edit conflict, or a tender no longer in draft, as a conflict", () => {
    expect(autosaveStatusAfter({ ok: false, code: "CONFLICT" }, at)).toEqual({ kind: "conflict" });
    expect(autosaveStatusAfter({ ok: false, code: "INVALID_STATE" }, at)).toEqual({ kind: "conflict" });
  });

  it("reports a refusal of the server's own checks as something to fix, anything else as a failure", () => {
    expect(autosaveStatusAfter({ ok: false, code: "VALIDATION" }, at)).toEqual({ kind: "invalid" });
    expect(autosaveStatusAfter({ ok: false, code: "UNAVAILABLE" }, at)).toEqual({ kind: "failed" });
  });
});
