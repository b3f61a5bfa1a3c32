import { describe, expect, it } from "vitest";
import { changedTemplateSections } from "@/lib/domain/templates/reuse/changed-sections";
import { prefillFromTemplate } from "@/lib/domain/templates/reuse/prefill-tender";
import { addDays, daysBetween } from "@/lib/domain/tender/calendar-date";
import { DEMO_TEMPLATES } from "./demo-templates";
import { demoTenders } from "./demo-tenders";

const TODAY = "2026-11-21";
const started = demoTenders(TODAY).filter((tender) => tender.template);
const templateOf = (slug: string) => DEMO_TEMPLATES.find((template) => template.slug === slug)!;

describe("demo tenders started from a template", () => {
  it("are the Ministry's collaboration suite and its inspection application", () => {
    expect(started.map((tender) => [tender.organisation, tender.template])).toEqual([
      ["MIN", { slug: "open-source-collaboration-suite", version: 1 }],
      ["MIN", { slug: "custom-software-eupl", version: 1 }],
    ]);
  });

  it.each(started.map((tender) => [tender.title, tender] as const))(
    "%s: holds what the template version gives, then the drafter's own additions",
    (_title, tender) => {
      const version = templateOf(tender.template!.slug).versions[tender.template!.version - 1]!;
      const prefill = prefillFromTemplate(version.content, "en");
      const templateKeys = new Set(prefill.requirements.map((requirement) => requirement.key));
      expect(tender.sections.requirements.filter((requirement) => templateKeys.has(requirement.key))).toEqual(
        prefill.requirements,
      );
      expect(tender.sections.clauses.map((clause) => clause.key)).toEqual(prefill.clauses.map((clause) => clause.key));
      expect(tender.sections.award).toEqual(prefill.award);
      expect(tender.sections.sovereignty).toEqual(prefill.sovereignty);
      expect(tender.contractNature).toBe(prefill.contractNature);
      expect(tender.documentsLanguage).toBe("en");
    },
  );

  it("started after the version was published, the inspection application before version 2", () => {
    for (const tender of started) {
      const template = templateOf(tender.template!.slug);
      const createdOn = tender.createdOn ?? TODAY;
      const publishedOn = addDays(TODAY, -template.versions[tender.template!.version - 1]!.publishedDaysAgo);
      expect(daysBetween(publishedOn, createdOn)).toBeGreaterThan(0);
    }
    // Created 40 days before the seed; version 2 was published 20 days before it.
    const inspection = started.find((tender) => tender.template!.slug === "custom-software-eupl")!;
    expect(inspection.createdOn).toBe("2026-10-12");
    expect(templateOf("custom-software-eupl").versions[1]!.publishedDaysAgo).toBe(20);
  });

  it("offers the inspection application what version 2 changes, and keeps the drafter's 5 days", () => {
    const [v1, v2] = templateOf("custom-software-eupl").versions.map((version) => version.content);
    // Version 2: new weights (criteria), REQ-04 reworded and REQ-16 added (requirements), the bill of
    // materials mandatory and signed releases recommended (clauses); nothing else the tender takes.
    expect(
      changedTemplateSections({
        startVersion: 1,
        taken: {},
        versions: new Map([
          [1, v1!],
          [2, v2!],
        ]),
        latest: { number: 2, content: v2! },
      }).map((change) => change.section),
    ).toEqual(["criteria", "requirements", "clauses"]);
    const inspection = started.find((tender) => tender.template!.slug === "custom-software-eupl")!;
    expect(inspection.sections.clauses.find((clause) => clause.key === "source-code-delivery")!.values).toEqual({
      deliveryDays: 5,
    });
  });
});
