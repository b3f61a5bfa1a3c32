import { describe, expect, it } from "vitest";
import { emptyTemplateContent } from "./read-template-content";
import { buildTemplateSearchText, MAX_SEARCH_TEXT_LENGTH } from "./search-text";
import { sampleTemplateContent } from "./testing/sample-template";

describe("buildTemplateSearchText", () => {
  it("gathers the name, requirements, clause titles, criteria, guidance and CPV prefixes, one per line", () => {
    const text = buildTemplateSearchText("Collaboration suite", sampleTemplateContent(), ["Exit plan"]);
    expect(text.split("\n")).toEqual([
      "Collaboration suite",
      "REQ-01 Users edit documents together in the browser.",
      "REQ-02 Video calls work for 100 participants.",
      "Exit plan",
      "Total cost of ownership",
      "Quality of the service",
      "Openness",
      "Keep cost at or below 40 %.",
      "48",
      "722",
    ]);
  });

  it("leaves out blanks and stays within its bound", () => {
    expect(buildTemplateSearchText("  ", emptyTemplateContent(), ["", " "])).toBe("");
    const long = emptyTemplateContent({ guidance: [{ section: "general", text: "x".repeat(MAX_SEARCH_TEXT_LENGTH) }] });
    expect(buildTemplateSearchText("Name", long, [])).toHaveLength(MAX_SEARCH_TEXT_LENGTH);
  });
});
