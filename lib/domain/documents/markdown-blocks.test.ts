import { describe, expect, it } from "vitest";
import { markdownToBlocks, markdownToInlines, markdownToPlainText, mergeRuns } from "./markdown-blocks";

describe("markdownToBlocks", () => {
  it("keeps paragraphs, numbered lists, bold, italic, code and web links", () => {
    const markdown = [
      "The Contractor **shall** deliver the *source code*",
      "under `EUPL-1.2`, see <https://eupl.eu>.",
      "",
      "1. First item",
      "2. Second [item](https://example.org/x)",
    ].join("\n");
    expect(markdownToBlocks(markdown)).toEqual([
      {
        kind: "paragraph",
        // The soft line break after "code*" is a space.
        content: [
          "The Contractor ",
          { text: "shall", bold: true },
          " deliver the ",
          { text: "source code", italic: true },
          " under ",
          { text: "EUPL-1.2", code: true },
          ", see ",
          { text: "https://eupl.eu", link: "https://eupl.eu" },
          ".",
        ],
      },
      {
        kind: "list",
        ordered: true,
        items: [["First item"], ["Second ", { text: "item", link: "https://example.org/x" }]],
      },
    ]);
  });

  it("passes no raw HTML and no link to anything but the web or e-mail", () => {
    const blocks = markdownToBlocks("<script>alert(1)</script>\n\nA [trap](javascript:alert(1)) and <b>bold</b>.");
    expect(blocks).toEqual([
      { kind: "paragraph", content: ["<script>alert(1)</script>"] },
      { kind: "paragraph", content: ["A trap and <b>bold</b>."] },
    ]);
  });

  it("turns a heading inside a text into a bold paragraph and a quote into a note", () => {
    expect(markdownToBlocks("## Exit\n\n> Art. 68(2)")).toEqual([
      { kind: "paragraph", content: [{ text: "Exit", bold: true }] },
      { kind: "paragraph", content: ["Art. 68(2)"], style: "note" },
    ]);
  });

  it("writes a nested list on lines of its own inside the item", () => {
    expect(markdownToBlocks("- Formats:\n  - ODF\n  - PDF/A")).toEqual([
      { kind: "list", ordered: false, items: [["Formats:\n– ODF\n– PDF/A"]] },
    ]);
  });
});

describe("markdownToInlines and markdownToPlainText", () => {
  it("put blocks on lines of their own, for a table cell", () => {
    expect(markdownToInlines("The system **must**:\n\n1. export ODF\n2. import CSV")).toEqual([
      "The system ",
      { text: "must", bold: true },
      ":\n1. export ODF\n2. import CSV",
    ]);
    expect(markdownToPlainText("Exit plan within 24 months \\[label\\]")).toBe("Exit plan within 24 months [label]");
  });
});

describe("mergeRuns", () => {
  it("joins neighbours of the same style and drops empty runs", () => {
    expect(mergeRuns(["a", { text: "b" }, { text: "" }, { text: "c", bold: true }, { text: "d", bold: true }])).toEqual(
      ["ab", { text: "cd", bold: true }],
    );
  });
});
