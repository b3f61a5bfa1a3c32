import { describe, expect, it } from "vitest";
import type { DocumentModel } from "./document-model";
import { escapeText, markdownOf, renderMarkdown } from "./render-markdown";

const model: DocumentModel = {
  meta: { title: "MIN-2027-0001 Case management", language: "en", createdAt: "2027-03-01T10:00:00.000Z" },
  labels: { pageNumber: "Page {page} of {pages}" },
  cover: {
    overline: "Ministry of Digital Affairs",
    title: "Case management",
    subtitle: "Tender documents",
    facts: [
      { label: "Reference", value: "MIN-2027-0001" },
      { label: "Estimated value", value: "€250,000" },
    ],
  },
  blocks: [
    { kind: "contents", title: "Contents" },
    { kind: "pageBreak" },
    { kind: "heading", level: 1, text: "Requirements", number: "1", anchor: "requirements" },
    { kind: "paragraph", content: ["Bids ", { text: "must", bold: true }, " meet every ", { text: "MUST", code: true }, " line."] }, // prettier-ignore
    {
      kind: "table",
      caption: "Requirements",
      columns: [{ header: "Id" }, { header: "Text" }, { header: "Price", align: "right" }],
      rows: [
        [[{ text: "REQ-01", code: true }], ["Store files as *.odt | .ods", "\n", "with history"], ["€1"]],
        [["REQ-02"], [{ text: "See the guide", link: "https://example.org/a guide" }], []],
      ],
    },
    { kind: "heading", level: 2, text: "Clause #1", number: "1.1" },
    { kind: "list", ordered: true, items: [["First line", "\n", "second line"], ["- not a bullet"]] },
    { kind: "paragraph", content: ["Source: Directive 2014/24/EU"], style: "note" },
    { kind: "facts", items: [{ label: "Lot", value: ["LOT-1 ", { text: "Hosting", italic: true }] }] },
  ],
};

describe("renderMarkdown", () => {
  it("writes the model as CommonMark with GFM tables, escaping what Markdown would read as markup", () => {
    // Written out by hand from the rules of render-markdown.ts: the cover first, headings one
    // level down, a cell's line break as a space, "|" and "*" escaped, the link's space encoded.
    const expected = [
      "Ministry of Digital Affairs",
      "",
      "# Case management",
      "",
      "*Tender documents*",
      "",
      "- **Reference:** MIN-2027-0001",
      "- **Estimated value:** €250,000",
      "",
      "## Contents",
      "",
      "- 1 Requirements",
      "  - 1.1 Clause \\#1",
      "",
      "---",
      "",
      "## 1 Requirements",
      "",
      "Bids **must** meet every `MUST` line.",
      "",
      "**Requirements**",
      "",
      "| Id | Text | Price |",
      "| --- | --- | ---: |",
      "| `REQ-01` | Store files as \\*.odt \\| .ods with history | €1 |",
      "| REQ-02 | [See the guide](https://example.org/a%20guide) |  |",
      "",
      "### 1.1 Clause \\#1",
      "",
      "1. First line\\",
      "   second line",
      "2. \\- not a bullet",
      "",
      "> Source: Directive 2014/24/EU",
      "",
      "- **Lot:** LOT-1 *Hosting*",
      "",
    ].join("\n");
    expect(markdownOf(model)).toBe(expected);
  });

  it("gives the same bytes for the same model, whatever its creation time", async () => {
    const first = await renderMarkdown(model, "MIN-2027-0001-case-management");
    const later = await renderMarkdown(
      { ...model, meta: { ...model.meta, createdAt: "2030-01-01T00:00:00.000Z" } },
      "MIN-2027-0001-case-management",
    );
    expect(first.fileName).toBe("MIN-2027-0001-case-management.md");
    expect(first.mediaType).toBe("text/markdown; charset=utf-8");
    expect(Buffer.from(later.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it("starts with the title as the one top heading when there is no cover", () => {
    const text = markdownOf({ ...model, cover: undefined, blocks: [] });
    expect(text).toBe("# MIN-2027-0001 Case management\n");
  });

  it("escapes block starts at the start of a line only, not inside a table cell", () => {
    const text = markdownOf({
      ...model,
      cover: undefined,
      blocks: [
        { kind: "paragraph", content: ["1.05 is a divisor"] },
        { kind: "table", caption: "", columns: [{ header: "Divisor" }], rows: [[["1.05"]]] },
      ],
    });
    expect(text).toBe("# MIN-2027-0001 Case management\n\n1\\.05 is a divisor\n\n| Divisor |\n| --- |\n| 1.05 |\n");
  });

  it.each([
    ["<b>bold</b>", "\\<b\\>bold\\</b\\>"],
    ["# not a heading", "\\# not a heading"],
    ["1. not a list", "1\\. not a list"],
    ["R&D &amp; more", "R&D \\&amp; more"],
    ["snake_case and a\\b", "snake\\_case and a\\\\b"],
    ["line\n+ plus", "line\n\\+ plus"],
  ])("escapes %j as %j", (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });
});
