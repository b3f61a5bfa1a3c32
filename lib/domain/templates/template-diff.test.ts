import { describe, expect, it } from "vitest";
import { changedSections, diffTemplateVersions } from "./template-diff";
import { sampleTemplateContent } from "./testing/sample-template";

const sectionOf = (diff: ReturnType<typeof diffTemplateVersions>, name: string) =>
  diff.sections.find((section) => section.section === name)!;

describe("diffTemplateVersions", () => {
  it("finds nothing between equal versions, and lists every section in a fixed order", () => {
    const diff = diffTemplateVersions(sampleTemplateContent(), sampleTemplateContent());
    expect(diff.changed).toBe(false);
    expect(diff.sections.map((section) => section.section)).toEqual([
      "summary",
      "intendedUse",
      "clauses",
      "requirements",
      "sovereignty",
      "award",
      "guidance",
      "licence",
    ]);
  });

  it("matches clauses by key: a status and a value changed, one added, one removed", () => {
    const a = sampleTemplateContent();
    const b = sampleTemplateContent();
    b.clauses[1] = { ...b.clauses[1]!, status: "MANDATORY", values: { deliveryDays: 30 } };
    b.clauses = b.clauses.filter((clause) => clause.key !== "escrow");
    b.clauses.push({ key: "public-repository", version: 1, status: "RECOMMENDED", values: {} });
    const clauses = sectionOf(diffTemplateVersions(a, b), "clauses");
    expect(clauses.items).toEqual([
      {
        kind: "changed",
        key: "source-code-delivery",
        label: "source-code-delivery",
        fields: [
          { field: "status", before: "RECOMMENDED", after: "MANDATORY" },
          { field: "values.deliveryDays", before: null, after: 30 },
        ],
      },
      {
        kind: "added",
        key: "public-repository",
        label: "public-repository",
        fields: [
          { field: "version", before: null, after: 1 },
          { field: "status", before: null, after: "RECOMMENDED" },
        ],
      },
      {
        kind: "removed",
        key: "escrow",
        label: "escrow",
        fields: [
          { field: "version", before: 1, after: null },
          { field: "status", before: "OPTIONAL", after: null },
        ],
      },
    ]);
  });

  it("gives the words that changed in a requirement's text", () => {
    const a = sampleTemplateContent();
    const b = sampleTemplateContent();
    b.requirements[1] = { ...b.requirements[1]!, text: "Video calls work for 300 participants." };
    const [item] = sectionOf(diffTemplateVersions(a, b), "requirements").items;
    expect(item).toMatchObject({ kind: "changed", key: "REQ-02" });
    expect(item!.fields[0]!.text).toEqual([
      { type: "equal", text: "Video calls work for " },
      { type: "delete", text: "100" },
      { type: "insert", text: "300" },
      { type: "equal", text: " participants." },
    ]);
  });

  it("reports criteria by key with their names, and the award's settings by field", () => {
    const a = sampleTemplateContent();
    const b = sampleTemplateContent();
    const award = b.award!;
    b.award = {
      ...award,
      tcoHorizonYears: 6,
      criteria: award.criteria.map((c) =>
        c.key === "cost" ? { ...c, weight: 30 } : c.key === "openness" ? { ...c, weight: 30 } : c,
      ),
    };
    const items = sectionOf(diffTemplateVersions(a, b), "award").items;
    expect(
      items.map((item) => [
        item.kind,
        item.key,
        item.label,
        item.fields.map((f) => `${f.field}:${f.before}→${f.after}`),
      ]),
    ).toEqual([
      ["changed", "cost", "Total cost of ownership", ["weight:40→30"]],
      ["changed", "openness", "Openness", ["weight:20→30"]],
      ["changed", "tcoHorizonYears", "tcoHorizonYears", ["tcoHorizonYears:4→6"]],
    ]);
  });

  it("shows a sovereignty profile added as every field added", () => {
    const a = { ...sampleTemplateContent(), sovereignty: null };
    const b = sampleTemplateContent();
    const items = sectionOf(diffTemplateVersions(a, b), "sovereignty").items;
    // 4 risk factors + 8 seals + 8 weights; the justifications are empty (null) and not listed as fields.
    expect(items.filter((item) => item.kind === "added" && item.fields.length === 1)).toHaveLength(20);
  });

  it("covers intended use, guidance and the licence, and names the changed sections", () => {
    const a = sampleTemplateContent();
    const b = sampleTemplateContent();
    b.intendedUse = { ...b.intendedUse, cpvPrefixes: ["48"], valueRange: { minCents: null, maxCents: 500_000_000 } };
    b.guidance = [{ section: "clauses", text: "Keep the exit clause." }];
    b.licence = "CC0-1.0";
    const diff = diffTemplateVersions(a, b);
    expect(sectionOf(diff, "intendedUse").items.map((item) => item.key)).toEqual(["cpvPrefixes", "minCents"]);
    expect(sectionOf(diff, "guidance").items.map((item) => `${item.kind} ${item.key}`)).toEqual([
      "added clauses",
      "removed criteria",
    ]);
    expect(sectionOf(diff, "licence").items[0]!.fields[0]).toMatchObject({ before: "CC-BY-4.0", after: "CC0-1.0" });
    expect(changedSections(diff)).toEqual(["intendedUse", "guidance", "licence"]);
  });
});
