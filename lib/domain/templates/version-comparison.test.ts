import { describe, expect, it } from "vitest";
import { DEFAULT_SOVEREIGNTY_WEIGHTS } from "@/lib/domain/tender/sovereignty";
import type { TemplateContent } from "./template-content";
import { diffTemplateVersions, isUnchanged } from "./version-comparison";

const SEAL_1 = { seal: 1 };
const base: TemplateContent = {
  summary: "Mail and calendars for staff.",
  intendedUse: {
    category: "COLLABORATION",
    contractNature: "SERVICES",
    cpvPrefixes: ["4851"],
    procedureTypes: ["OPEN"],
    valueRange: { minCents: null, maxCents: 100_000_00 },
  },
  clauses: [
    { key: "exit-plan-and-data-portability", version: 1, status: "MANDATORY", values: {} },
    { key: "escrow", version: 1, status: "OPTIONAL", values: {} },
  ],
  requirements: [
    { key: "REQ-01", text: "Mail through IMAP.", level: "MUST", criterionKey: null },
    { key: "REQ-02", text: "Calendars through CalDAV.", level: "SHOULD", criterionKey: "quality" },
  ],
  sovereignty: {
    assessment: { dataSensitivity: 1, serviceCriticality: 1, legalExposure: 1, supplierDependence: 1 },
    minimumSeal: {
      "SOV-1": SEAL_1,
      "SOV-2": SEAL_1,
      "SOV-3": SEAL_1,
      "SOV-4": SEAL_1,
      "SOV-5": SEAL_1,
      "SOV-6": SEAL_1,
      "SOV-7": SEAL_1,
      "SOV-8": { seal: 0 },
    },
    weights: DEFAULT_SOVEREIGNTY_WEIGHTS,
  },
  award: {
    criteria: [
      { key: "cost", name: "Cost", kind: "COST", weight: 40, costFormula: "F1" },
      {
        key: "quality",
        name: "Quality",
        kind: "QUALITY",
        weight: 60,
        children: [{ key: "fit", name: "Fit", kind: "QUALITY", weight: 100 }],
      },
    ],
    qualityScale: { max: 5, descriptors: ["0", "1", "2", "3", "4", "5"] },
    scoreAggregation: "CONSENSUS",
    discountRatePercent: 3,
    tcoHorizonYears: 4,
  },
  guidance: [{ section: "clauses", text: "Keep the exit clause." }],
  licence: "CC-BY-4.0",
};

describe("diffTemplateVersions", () => {
  it("finds nothing between a version and itself", () => {
    const diff = diffTemplateVersions({ name: "Suite", content: base }, { name: "Suite", content: base });
    expect(isUnchanged(diff)).toBe(true);
  });

  it("reports each section's changes, matching list items by key", () => {
    const next: TemplateContent = {
      ...base,
      intendedUse: { ...base.intendedUse, cpvPrefixes: ["4851", "72412"] },
      // escrow removed, exit plan made recommended, a new clause added.
      clauses: [
        { key: "exit-plan-and-data-portability", version: 1, status: "RECOMMENDED", values: {} },
        { key: "switching-charges", version: 1, status: "RECOMMENDED", values: {} },
      ],
      requirements: [
        { key: "REQ-01", text: "Mail through IMAP and SMTP.", level: "MUST", criterionKey: null },
        base.requirements[1]!,
        { key: "REQ-03", text: "Contacts through CardDAV.", level: "MAY", criterionKey: null },
      ],
      sovereignty: {
        ...base.sovereignty!,
        minimumSeal: { ...base.sovereignty!.minimumSeal, "SOV-6": { seal: 2, justification: "Open interfaces." } },
      },
      award: {
        ...base.award!,
        criteria: [
          { ...base.award!.criteria[0]!, weight: 30 },
          { ...base.award!.criteria[1]!, weight: 70 },
        ],
        tcoHorizonYears: 5,
      },
      guidance: [{ section: "clauses", text: "Keep the exit clause mandatory." }],
      licence: "CC0-1.0",
    };
    const diff = diffTemplateVersions({ name: "Suite", content: base }, { name: "Suite v2", content: next });

    // By hand: " v2" is inserted after "Suite"; the summary is the same.
    expect(diff.name).toEqual([
      { type: "equal", text: "Suite" },
      { type: "insert", text: " v2" },
    ]);
    expect(diff.summary).toBeNull();
    expect(diff.intendedUse).toEqual([{ field: "cpvPrefixes", before: ["4851"], after: ["4851", "72412"] }]);
    expect(diff.clauses.added.map((c) => c.key)).toEqual(["switching-charges"]);
    expect(diff.clauses.removed.map((c) => c.key)).toEqual(["escrow"]);
    expect(diff.clauses.changed.map((c) => [c.before.status, c.after.status])).toEqual([["MANDATORY", "RECOMMENDED"]]);
    expect(diff.requirements.added.map((r) => r.key)).toEqual(["REQ-03"]);
    expect(diff.requirements.removed).toEqual([]);
    expect(diff.requirements.changed.map((r) => r.after.key)).toEqual(["REQ-01"]);
    // "Mail through IMAP" + inserted " and SMTP" + ".".
    expect(diff.requirements.textDiffs["REQ-01"]).toEqual([
      { type: "equal", text: "Mail through IMAP" },
      { type: "insert", text: " and SMTP" },
      { type: "equal", text: "." },
    ]);
    // Cost 40 → 30 and Quality 60 → 70 change; "Quality › Fit" does not (its own fields are equal).
    expect(
      diff.criteria.changed.map((c) => [c.after.label, c.before.criterion.weight, c.after.criterion.weight]),
    ).toEqual([
      ["Cost", 40, 30],
      ["Quality", 60, 70],
    ]);
    expect(diff.awardSettings).toEqual([{ field: "tcoHorizonYears", before: 4, after: 5 }]);
    expect(diff.sovereignty).toEqual({
      assessmentChanged: false,
      objectives: [{ objective: "SOV-6", sealBefore: 1, sealAfter: 2, weightBefore: 15, weightAfter: 15 }],
    });
    expect(diff.guidance).toEqual([
      {
        section: "clauses",
        parts: [
          { type: "equal", text: "Keep the exit clause" },
          { type: "insert", text: " mandatory" },
          { type: "equal", text: "." },
        ],
      },
    ]);
    expect(diff.licence).toEqual({ before: "CC-BY-4.0", after: "CC0-1.0" });
    expect(isUnchanged(diff)).toBe(false);
  });

  it("names sub-criteria with their parent, and sees a criterion removed", () => {
    const next: TemplateContent = {
      ...base,
      award: { ...base.award!, criteria: [{ ...base.award!.criteria[0]!, weight: 100 }] },
    };
    const diff = diffTemplateVersions({ name: "S", content: base }, { name: "S", content: next });
    expect(diff.criteria.removed.map((entry) => entry.label)).toEqual(["Quality", "Quality › Fit"]);
  });
});
