import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import { createDocumentText } from "@/lib/i18n/document-text";
import { labelTemplateDiff, type LabelledSection } from "./template-diff-labels";
import { diffTemplateVersions } from "./template-diff";
import { libraryDefinitions, sampleTemplateContent } from "./testing/sample-template";
import type { TemplateContent } from "./template-content";

const english = createDocumentText("en", en);
const french = createDocumentText("fr", fr);

function labelled(change: (content: TemplateContent) => void, words = english): LabelledSection[] {
  const before = sampleTemplateContent();
  const after = sampleTemplateContent();
  change(after);
  return labelTemplateDiff(
    diffTemplateVersions(before, after),
    { before, after, clauses: libraryDefinitions() },
    words,
  );
}

const section = (sections: LabelledSection[], name: string) => sections.find((entry) => entry.section === name)!;

describe("labelTemplateDiff", () => {
  it("writes the intended use's codes as their labels, and amounts in euros", () => {
    const [intendedUse] = labelled((content) => {
      content.intendedUse.category = "CUSTOM_DEVELOPMENT";
      content.intendedUse.contractNature = "SUPPLIES";
      content.intendedUse.procedureTypes = ["OPEN", "RESTRICTED"];
      content.intendedUse.valueRange.maxCents = 300_000_000;
    });
    expect(intendedUse!.title).toBe("Intended use");
    // 500,000,000 cents = €5,000,000; 300,000,000 cents = €3,000,000.
    expect(intendedUse!.items.map((item) => [item.title, item.fields[0]!.before, item.fields[0]!.after])).toEqual([
      ["Shelf", "Collaboration and office software", "Custom software development"],
      ["Nature of the contract", "Services", "Supplies"],
      ["Procedures", "Open procedure", "Open procedure and Restricted procedure"],
      ["Typical value up to", "€5,000,000", "€3,000,000"],
    ]);
  });

  it("names clauses by their title and parameters by their label, with values in words", () => {
    const clauses = section(
      labelled((content) => {
        content.clauses[1] = { ...content.clauses[1]!, status: "MANDATORY", values: { deliveryDays: 30 } };
      }),
      "clauses",
    );
    expect(clauses.items).toEqual([
      {
        kind: "changed",
        key: "source-code-delivery",
        title: "Delivery of the source code",
        fields: [
          { field: "status", name: "Status", before: "Recommended", after: "Mandatory" },
          {
            field: "values.deliveryDays",
            name: "Default value “Time to deliver after each release”",
            before: "(none)",
            after: "30 days",
          },
        ],
      },
    ]);
  });

  it("writes requirement levels as words and criteria by their name, in the version each value comes from", () => {
    const sections = labelled((content) => {
      content.requirements[1] = { ...content.requirements[1]!, level: "MUST", criterionKey: null };
      const [cost, ...others] = content.award!.criteria;
      content.award = { ...content.award!, criteria: [{ ...cost!, costFormula: "F2" }, ...others] };
      content.award!.scoreAggregation = "MEAN";
    });
    expect(section(sections, "requirements").items[0]!.fields).toEqual([
      { field: "level", name: "Level", before: "Should", after: "Must" },
      // REQ-02 was scored under "quality", named "Quality of the service" in the sample.
      { field: "criterionKey", name: "Award criterion", before: "Quality of the service", after: "(none)" },
    ]);
    expect(
      section(sections, "award").items.map((item) => [item.title, item.fields[0]!.before, item.fields[0]!.after]),
    ).toEqual([
      ["Total cost of ownership", "Lowest price ratio", "Straight line between the lowest and the highest price"],
      ["Combining evaluators' scores", "Consensus of the evaluation panel", "Mean of the evaluators' scores"],
    ]);
  });

  it("writes risk levels, SEAL levels and objectives by name", () => {
    const sovereignty = section(
      labelled((content) => {
        content.sovereignty!.assessment.dataSensitivity = 3;
        content.sovereignty!.minimumSeal["SOV-3"] = { seal: 3, justification: "Health data." };
      }),
      "sovereignty",
    );
    expect(sovereignty.items.map((item) => [item.title, item.fields[0]!.before, item.fields[0]!.after])).toEqual([
      // Level 2 of data sensitivity is PERSONAL_OR_CONFIDENTIAL, level 3 SPECIAL_OR_CLASSIFIED.
      [
        "Risk assessment: Data sensitivity",
        "Personal or confidential data",
        "Special-category, classified or secret data",
      ],
      // SOV-3 went from SEAL-2 (DATA_SOVEREIGNTY) to SEAL-3 (DIGITAL_RESILIENCE), with a justification.
      ["Minimum level for Data and AI sovereignty", "SEAL-2 · Data sovereignty", "SEAL-3 · Digital resilience"],
      ["Justification of the minimum level for Data and AI sovereignty", "(none)", "Health data."],
    ]);
  });

  it("names guidance notes by their section and licences by their name", () => {
    const sections = labelled((content) => {
      content.guidance = [];
      content.licence = "EUPL-1.2";
    });
    expect(section(sections, "guidance").items.map((item) => [item.kind, item.title])).toEqual([
      ["removed", "Award criteria"],
    ]);
    expect(section(sections, "licence").items[0]!.fields[0]).toMatchObject({
      before: "Creative Commons Attribution 4.0 (CC-BY-4.0)",
      after: "European Union Public Licence (EUPL-1.2)",
    });
  });

  it("writes the labels in the reader's language", () => {
    const [intendedUse] = labelled((content) => {
      content.intendedUse.procedureTypes = ["OPEN", "RESTRICTED"];
    }, french);
    expect(intendedUse!.title).toBe(fr.templates.diff.sections.intendedUse);
    expect(intendedUse!.items[0]!.fields[0]!.after).toBe(
      `${fr.tenders.procedure.OPEN.name} et ${fr.tenders.procedure.RESTRICTED.name}`,
    );
  });

  it("shows a code it has no label for as it is", () => {
    const clauses = section(
      labelled((content) => {
        content.clauses.push({ key: "not-in-the-library", version: 7, status: "OPTIONAL", values: { days: 3 } });
      }),
      "clauses",
    );
    expect(clauses.items[0]).toMatchObject({
      kind: "added",
      title: "not-in-the-library",
      fields: [
        { name: "Library version", after: "7" },
        { name: "Status", after: "Optional" },
        { name: "Default value “days”", after: "3" },
      ],
    });
  });
});
