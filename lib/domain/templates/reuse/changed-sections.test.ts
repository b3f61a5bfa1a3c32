import { describe, expect, it } from "vitest";
import { revisedTemplateContent, sampleTemplateContent } from "@/scripts/testing/template-content-sample";
import type { TemplateContent } from "../template-content";
import { changedTemplateSections } from "./changed-sections";
import { readTemplateSections } from "./template-sections";

const v1 = sampleTemplateContent();
const v2 = revisedTemplateContent(v1);
const versions = (...contents: TemplateContent[]) => new Map(contents.map((content, index) => [index + 1, content]));

describe("changedTemplateSections", () => {
  it("names the sections version 2 changes for a tender started from version 1", () => {
    // v2 rewords REQ-02, adds REQ-07, and sets the exit plan to 3 months: requirements and clauses.
    expect(
      changedTemplateSections({
        startVersion: 1,
        taken: {},
        versions: versions(v1, v2),
        latest: { number: 2, content: v2 },
      }),
    ).toEqual([
      { section: "requirements", fromVersion: 1, toVersion: 2 },
      { section: "clauses", fromVersion: 1, toVersion: 2 },
    ]);
  });

  it("compares each section with the version it was last taken from", () => {
    // The clauses were taken over from v2 already; v3 changes only the criteria weights.
    const v3 = structuredClone(v2);
    v3.award!.criteria[0]!.weight = 40;
    v3.award!.criteria[1]!.weight = 40;
    expect(
      changedTemplateSections({
        startVersion: 1,
        taken: { clauses: 2 },
        versions: versions(v1, v2, v3),
        latest: { number: 3, content: v3 },
      }),
    ).toEqual([
      { section: "criteria", fromVersion: 1, toVersion: 3 },
      { section: "requirements", fromVersion: 1, toVersion: 3 },
    ]);
  });

  it("offers nothing when the tender is up to date", () => {
    expect(
      changedTemplateSections({
        startVersion: 2,
        taken: {},
        versions: versions(v1, v2),
        latest: { number: 2, content: v2 },
      }),
    ).toEqual([]);
  });

  it("never offers a section the newer version leaves to the drafter", () => {
    // v2 names two procedures (no longer exactly one) and no contract nature: nothing to take over.
    const open = structuredClone(v1);
    open.intendedUse.procedureTypes = ["OPEN", "RESTRICTED"];
    open.intendedUse.contractNature = null;
    expect(
      changedTemplateSections({
        startVersion: 1,
        taken: {},
        versions: versions(v1, open),
        latest: { number: 2, content: open },
      }),
    ).toEqual([]);
  });

  it("offers a section whose older version cannot be read, rather than hide a change", () => {
    const changed = changedTemplateSections({
      startVersion: 1,
      taken: {},
      versions: new Map([[2, v2]]),
      latest: { number: 2, content: v2 },
    });
    // Every section v2 fills: about (SERVICES), procedure (OPEN), scope (72230000), criteria,
    // requirements, clauses, sovereignty.
    expect(changed.map((change) => change.section)).toEqual([
      "about",
      "procedure",
      "scope",
      "criteria",
      "requirements",
      "clauses",
      "sovereignty",
    ]);
  });
});

describe("readTemplateSections", () => {
  it("keeps known sections with whole positive version numbers", () => {
    expect(readTemplateSections({ clauses: 2, lots: 3, requirements: 1.5, criteria: 0, sovereignty: "2" })).toEqual({
      clauses: 2,
    });
    expect(readTemplateSections(null)).toEqual({});
    expect(readTemplateSections([1])).toEqual({});
  });
});
