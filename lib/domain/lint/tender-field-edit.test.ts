import { describe, expect, it } from "vitest";
import { readTenderField, writeTenderField, type EditableTender } from "./tender-field-edit";

const tender: EditableTender = {
  title: "Collaboration suite",
  summary: "Staff must use Microsoft Teams.",
  reasonsForNotDividing: "",
  lots: [{ title: "Hosting", description: "On Azure." }],
  requirements: [{ text: "First." }, { text: "Second." }],
  award: { criteria: [{ key: "q", name: "Quality", children: [{ key: "q1", name: "Usability" }] }] },
  innovationPhases: [{ objectives: ["Prototype", "Pilot"] }],
  sovereignty: { minimumSeal: { "SOV-1": { justification: "Because." } } },
  clauses: [{ key: "open-formats", version: 1, values: { formats: ["ODF", ".docx"], note: "x" } }],
};

describe("reading a finding's field in the saved tender", () => {
  it.each([
    ["summary", "Staff must use Microsoft Teams."],
    ["lots.0.description", "On Azure."],
    ["requirements.1.text", "Second."],
    ["criteria.0.children.0.name", "Usability"],
    ["phases.0.objectives.1", "Pilot"],
    ["minimumSeal.SOV-1.justification", "Because."],
    ["clauses.0.parameters.formats.1", ".docx"],
    ["clauses.0.parameters.note", "x"],
  ])("%s", (field, text) => {
    expect(readTenderField(tender, field)).toBe(text);
  });

  it.each([
    "requirements.2.text",
    "requirements.0",
    "summary.0",
    "lots.x.title",
    "version",
    "clauses.0.values.note",
    "",
  ])("finds no text at %j", (field) => {
    expect(readTenderField(tender, field)).toBeUndefined();
  });
});

describe("writing a field back", () => {
  it("replaces a plain column", () => {
    expect(writeTenderField(tender, "summary", "New.")).toEqual({ column: "summary", value: "New." });
  });

  it("changes only that text in a JSON column, leaving the tender given untouched", () => {
    expect(writeTenderField(tender, "requirements.1.text", "Changed.")).toEqual({
      column: "requirements",
      value: [{ text: "First." }, { text: "Changed." }],
    });
    expect(writeTenderField(tender, "clauses.0.parameters.formats.1", ".docx or .odt")).toEqual({
      column: "clauses",
      value: [{ key: "open-formats", version: 1, values: { formats: ["ODF", ".docx or .odt"], note: "x" } }],
    });
    expect(writeTenderField(tender, "criteria.0.children.0.name", "Ease of use")?.value).toEqual({
      criteria: [{ key: "q", name: "Quality", children: [{ key: "q1", name: "Ease of use" }] }],
    });
    expect(tender.requirements).toEqual([{ text: "First." }, { text: "Second." }]);
    expect(readTenderField(tender, "criteria.0.children.0.name")).toBe("Usability");
  });

  it("refuses a path that leads to no text", () => {
    expect(writeTenderField(tender, "requirements.5.text", "x")).toBeNull();
    expect(writeTenderField(tender, "status", "x")).toBeNull();
  });
});
