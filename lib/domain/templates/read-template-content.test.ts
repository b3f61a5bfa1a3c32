import { describe, expect, it } from "vitest";
import { templateContentSchema } from "@/lib/schemas/template-content";
import { emptyTemplateContent, readTemplateContent } from "./read-template-content";
import { sampleTemplateContent } from "./testing/sample-template";

describe("readTemplateContent", () => {
  it("reads valid stored content as it is, an empty draft included", () => {
    expect(readTemplateContent(JSON.parse(JSON.stringify(sampleTemplateContent())))).toEqual(sampleTemplateContent());
    expect(readTemplateContent(emptyTemplateContent())).toEqual(emptyTemplateContent());
  });

  it("throws on content that does not fit, naming the paths and never the values", () => {
    const stored = { ...sampleTemplateContent(), licence: "secret-value", extra: 1 };
    expect(() => readTemplateContent(stored)).toThrow("Stored template content is not valid at licence, (content).");
    expect(() => readTemplateContent(null)).toThrow(/not valid/);
    try {
      readTemplateContent(stored);
    } catch (error) {
      expect(String(error)).not.toContain("secret-value");
    }
  });
});

describe("templateContentSchema", () => {
  const parse = (change: (content: ReturnType<typeof sampleTemplateContent>) => void) => {
    const content = sampleTemplateContent();
    change(content);
    const result = templateContentSchema.safeParse(content);
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
  };

  it("accepts CPV prefixes of 2 to 8 digits only", () => {
    expect(parse((c) => (c.intendedUse.cpvPrefixes = ["48", "72212000"]))).toEqual([]);
    expect(parse((c) => (c.intendedUse.cpvPrefixes = ["4", "722120001", "48a"]))).toEqual([
      "intendedUse.cpvPrefixes.0",
      "intendedUse.cpvPrefixes.1",
      "intendedUse.cpvPrefixes.2",
    ]);
  });

  it("refuses a value range whose minimum is above its maximum", () => {
    expect(parse((c) => (c.intendedUse.valueRange = { minCents: 500, maxCents: 100 }))).toEqual([
      "intendedUse.valueRange.maxCents",
    ]);
    expect(parse((c) => (c.intendedUse.valueRange = { minCents: 500, maxCents: null }))).toEqual([]);
  });

  it("keeps the tender's limits: 10,000 characters per requirement, identifiers as the tender's", () => {
    expect(parse((c) => (c.requirements[0]!.text = "x".repeat(10_001)))).toEqual(["requirements.0.text"]);
    expect(parse((c) => (c.requirements[0]!.key = "REQ 01"))).toEqual(["requirements.0.key"]);
  });

  it("accepts only the template licences, clause statuses and SEAL levels it knows", () => {
    expect(parse((c) => ((c as { licence: string }).licence = "CC-BY-NC-4.0"))).toEqual(["licence"]);
    expect(parse((c) => ((c.clauses[0] as { status: string }).status = "REQUIRED"))).toEqual(["clauses.0.status"]);
    expect(parse((c) => (c.sovereignty!.minimumSeal["SOV-1"] = { seal: 5 }))).toEqual([
      "sovereignty.minimumSeal.SOV-1.seal",
    ]);
  });

  it("allows one guidance note per section", () => {
    expect(
      parse(
        (c) =>
          (c.guidance = [
            { section: "general", text: "A" },
            { section: "general", text: "B" },
          ]),
      ),
    ).toEqual(["guidance.1.section"]);
  });
});
