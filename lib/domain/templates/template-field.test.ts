import { describe, expect, it } from "vitest";
import { readTemplateField } from "./template-field";
import { sampleTemplateContent } from "./testing/sample-template";

describe("readTemplateField", () => {
  const content = sampleTemplateContent();
  content.clauses[0] = { ...content.clauses[0]!, values: { note: "Free text", list: ["A", "B"] } };
  const template = { name: "Suite", language: "en", content };

  it("reads each text the linter looks at by its path", () => {
    expect(readTemplateField(template, "title")).toBe("Suite");
    expect(readTemplateField(template, "summary")).toBe(content.summary);
    expect(readTemplateField(template, "requirements.1.text")).toBe("Video calls work for 100 participants.");
    expect(readTemplateField(template, "guidance.0.text")).toBe("Keep cost at or below 40 %.");
    expect(readTemplateField(template, "criteria.1.name")).toBe("Quality of the service");
    expect(readTemplateField(template, "clauses.0.parameters.note")).toBe("Free text");
    expect(readTemplateField(template, "clauses.0.parameters.list.1")).toBe("B");
  });

  it("answers undefined for paths that name no text", () => {
    expect(readTemplateField(template, "criteria")).toBeUndefined();
    expect(readTemplateField(template, "requirements.9.text")).toBeUndefined();
    expect(readTemplateField(template, "minimumSeal.SOV-1.justification")).toBeUndefined();
  });
});
