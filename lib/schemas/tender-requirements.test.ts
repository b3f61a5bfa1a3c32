import { describe, expect, it } from "vitest";
import { requirementsSchema, requirementsSchemaFor } from "./tender-requirements";

const base = { tenderId: "tender-1", version: 3 };
const requirement = (key: string, criterionKey = "") => ({
  key,
  text: "Documents are stored in **ODF**.",
  level: "MUST",
  criterionKey,
});
const issues = (schema: typeof requirementsSchema, input: unknown) =>
  schema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [];

describe("requirementsSchema", () => {
  it("trims identifiers and texts, and reads an empty link as none", () => {
    expect(
      requirementsSchema.parse({
        ...base,
        requirements: [{ ...requirement(" SEC.1 ", "usability"), text: " A " }, requirement("REQ-02")],
      }),
    ).toEqual({
      ...base,
      requirements: [
        { key: "SEC.1", text: "A", level: "MUST", criterionKey: "usability" },
        { key: "REQ-02", text: "Documents are stored in **ODF**.", level: "MUST", criterionKey: null },
      ],
    });
  });

  it("lists every problem at once, repeated identifiers included", () => {
    const input = {
      ...base,
      requirements: [
        { key: "", text: "", level: "MUST", criterionKey: "" },
        { ...requirement("REQ 2"), level: undefined },
        requirement("REQ-03"),
        requirement("req-03"),
      ],
    };
    expect(issues(requirementsSchema, input)).toEqual([
      ["requirements.0.key", "validation.requirements.keyRequired"],
      ["requirements.0.text", "validation.requirements.textRequired"],
      ["requirements.1.key", "validation.requirements.keyInvalid"],
      ["requirements.1.level", "validation.requirements.levelRequired"],
      ["requirements.3.key", 'validation.requirements.keyDuplicate?{"key":"req-03"}'],
    ]);
  });

  it("with the tender's criteria, refuses a link to a criterion that no longer exists", () => {
    const input = { ...base, requirements: [requirement("REQ-01", "usability"), requirement("REQ-02", "price")] };
    expect(issues(requirementsSchemaFor(["usability"]), input)).toEqual([
      ["requirements.1.criterionKey", 'validation.requirements.criterionUnknown?{"key":"REQ-02","criterion":"price"}'],
    ]);
    // The action's schema does not know the criteria: it checks the links with checkRequirements.
    expect(issues(requirementsSchema, input)).toEqual([]);
  });

  it("allows at most 300 requirements, and texts of at most 10,000 characters", () => {
    const many = Array.from({ length: 301 }, (_, i) => requirement(`R${i}`));
    expect(issues(requirementsSchema, { ...base, requirements: many })).toEqual([
      ["requirements", 'validation.requirements.tooMany?{"max":300}'],
    ]);
    const long = { ...requirement("R1"), text: "x".repeat(10_001) };
    expect(issues(requirementsSchema, { ...base, requirements: [long] })).toEqual([
      ["requirements.0.text", 'validation.tooLong?{"max":10000}'],
    ]);
  });
});
