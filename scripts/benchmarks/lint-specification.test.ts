import { describe, expect, it } from "vitest";
import { generateSpecification } from "./lint-specification";

describe("generateSpecification", () => {
  it("gives exactly the length asked for, the same text for the same seed and another for another seed", () => {
    const text = generateSpecification(150_000);
    expect(text).toHaveLength(150_000);
    expect(generateSpecification(150_000)).toBe(text);
    expect(generateSpecification(150_000, 7)).not.toBe(text);
  });

  it("writes Markdown with requirements, named products, open standards and ordinary-word traps", () => {
    const text = generateSpecification(20_000);
    expect(text.startsWith("## 1. Requirements of area 1\n\n")).toBe(true);
    expect(text).toContain("- REQ-0001: ");
    expect(text).toMatch(/maintenance windows/);
    expect(text).toMatch(/or equivalent/);
  });
});
