import { describe, expect, it } from "vitest";
import { buildTemplateSearchText, plainText } from "./search-text";
import type { TemplateContent } from "./template-content";

const content: Pick<TemplateContent, "summary" | "requirements" | "award" | "guidance"> = {
  summary: "Mail, calendars and files for staff.",
  requirements: [
    {
      key: "REQ-01",
      text: "Documents **must** be stored in [ODF](https://example.org/odf).",
      level: "MUST",
      criterionKey: null,
    },
    { key: "REQ-02", text: "Mail, calendars and files for staff.", level: "SHOULD", criterionKey: null },
  ],
  award: {
    criteria: [
      { key: "cost", name: "Total cost", kind: "COST", weight: 40, costFormula: "F1" },
      {
        key: "quality",
        name: "Quality",
        kind: "QUALITY",
        weight: 60,
        children: [
          { key: "usability", name: "Usability", description: "How easy it is", kind: "QUALITY", weight: 100 },
        ],
      },
    ],
    qualityScale: { max: 5, descriptors: ["0", "1", "2", "3", "4", "5"] },
    scoreAggregation: "CONSENSUS",
    discountRatePercent: 3,
    tcoHorizonYears: 4,
  },
  guidance: [{ section: "clauses", text: "# Keep the exit clause\nIt is `mandatory`." }],
};

describe("buildTemplateSearchText", () => {
  it("joins name, summary, requirements, clause titles, criteria and guidance as plain text, each once", () => {
    // By hand: the summary and REQ-02 are the same passage, kept once; the Markdown of REQ-01 loses
    // its emphasis and the link keeps its text "ODF" without the address; the heading mark and the
    // backticks of the guidance go; criteria in tree order, the empty description of "Total cost"
    // and of "Quality" left out.
    expect(buildTemplateSearchText("Collaboration suite", content, ["Exit plan", "Accessibility"])).toBe(
      [
        "Collaboration suite",
        "Mail, calendars and files for staff.",
        "Documents must be stored in ODF.",
        "Exit plan",
        "Accessibility",
        "Total cost",
        "Quality",
        "Usability",
        "How easy it is",
        "Keep the exit clause It is mandatory .",
      ].join("\n"),
    );
  });

  it("works without award criteria, requirements or guidance", () => {
    expect(buildTemplateSearchText("Empty", { summary: "", requirements: [], award: null, guidance: [] }, [])).toBe(
      "Empty",
    );
  });
});

describe("plainText", () => {
  it("keeps the address of an autolink as words, and collapses white space", () => {
    expect(plainText("See <https://code.europa.eu>\n\n  now")).toBe("See https://code.europa.eu now");
  });
});
