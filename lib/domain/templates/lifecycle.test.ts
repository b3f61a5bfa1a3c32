import { describe, expect, it } from "vitest";
import {
  allowedOperations,
  isVersionEditable,
  newVersionDraft,
  nextVersionNumber,
  refusalOf,
  statusAfter,
  type TemplateLifecycle,
} from "./lifecycle";
import { sampleTemplateContent } from "./testing/sample-template";

const neverPublished: TemplateLifecycle = { status: "DRAFT", draftNumber: 1, publishedNumbers: [] };
const published: TemplateLifecycle = { status: "PUBLISHED", draftNumber: null, publishedNumbers: [1, 2] };
const withDraft: TemplateLifecycle = { status: "PUBLISHED", draftNumber: 3, publishedNumbers: [1, 2] };
const deprecated: TemplateLifecycle = { status: "DEPRECATED", draftNumber: null, publishedNumbers: [1] };

describe("template lifecycle", () => {
  it("edits and publishes only the draft, and never once deprecated", () => {
    expect(refusalOf("editDraft", neverPublished)).toBeNull();
    expect(refusalOf("publish", withDraft)).toBeNull();
    expect(refusalOf("editDraft", published)).toBe("noDraft");
    expect(refusalOf("publish", published)).toBe("noDraft");
    expect(refusalOf("publish", { ...deprecated, draftNumber: 2 })).toBe("deprecated");
  });

  it("starts a new version only from a published one and only without a draft in progress", () => {
    expect(refusalOf("startNewVersion", published)).toBeNull();
    expect(refusalOf("startNewVersion", neverPublished)).toBe("neverPublished");
    expect(refusalOf("startNewVersion", withDraft)).toBe("draftInProgress");
    expect(refusalOf("startNewVersion", deprecated)).toBe("deprecated");
  });

  it("deprecates a published template once", () => {
    expect(refusalOf("deprecate", published)).toBeNull();
    expect(refusalOf("deprecate", withDraft)).toBeNull();
    expect(refusalOf("deprecate", neverPublished)).toBe("neverPublished");
    expect(refusalOf("deprecate", deprecated)).toBe("deprecated");
  });

  it("lists what may be done in each state", () => {
    expect(allowedOperations(neverPublished)).toEqual(["editDraft", "publish", "translate"]);
    expect(allowedOperations(published)).toEqual(["startNewVersion", "deprecate", "translate"]);
    expect(allowedOperations(withDraft)).toEqual(["editDraft", "publish", "deprecate", "translate"]);
    expect(allowedOperations(deprecated)).toEqual([]);
  });

  it("moves DRAFT → PUBLISHED → DEPRECATED and leaves the status alone otherwise", () => {
    expect(statusAfter("publish", "DRAFT")).toBe("PUBLISHED");
    expect(statusAfter("publish", "PUBLISHED")).toBe("PUBLISHED");
    expect(statusAfter("deprecate", "PUBLISHED")).toBe("DEPRECATED");
    expect(statusAfter("startNewVersion", "PUBLISHED")).toBe("PUBLISHED");
    expect(statusAfter("editDraft", "DRAFT")).toBe("DRAFT");
  });

  it("keeps published versions immutable", () => {
    expect(isVersionEditable({ publishedAt: null })).toBe(true);
    expect(isVersionEditable({ publishedAt: new Date("2026-01-01T00:00:00Z") })).toBe(false);
    expect(isVersionEditable({ publishedAt: "2026-01-01T00:00:00Z" })).toBe(false);
  });

  it("numbers versions one above the highest", () => {
    expect(nextVersionNumber([])).toBe(1);
    // max(1, 3, 2) + 1 = 4, whatever the order.
    expect(nextVersionNumber([1, 3, 2])).toBe(4);
  });

  it("starts a new version as a deep copy of the last published one", () => {
    const content = sampleTemplateContent();
    const draft = newVersionDraft({ name: "Suite", summary: "S", content }, [1, 2]);
    expect(draft).toMatchObject({ number: 3, name: "Suite", summary: "S", changelog: "" });
    expect(draft.content).toEqual(content);
    // Editing the copy never reaches the published content.
    draft.content.clauses[0]!.status = "OPTIONAL";
    draft.content.requirements.push({ key: "REQ-03", text: "New", level: "MAY", criterionKey: null });
    expect(content.clauses[0]!.status).toBe("MANDATORY");
    expect(content.requirements).toHaveLength(2);
  });
});
