import { describe, expect, it } from "vitest";
import {
  anchoredHeadings,
  columnShares,
  contentsEntries,
  headingText,
  languageParts,
  metadataDateTime,
  pageNumberParts,
  pageNumberText,
  safeLink,
} from "./model-text";
import { escapeXml } from "./xml";

describe("columnShares", () => {
  it("splits what the given shares leave equally", () => {
    // 60 given; 40 left for two columns: 20 each.
    expect(columnShares([{ header: "a", widthPercent: 60 }, { header: "b" }, { header: "c" }])).toEqual([60, 20, 20]);
  });
  it("scales given shares to 100 when every column has one", () => {
    // 30 + 30 = 60 → each 30 × 100 / 60 = 50.
    expect(
      columnShares([
        { header: "a", widthPercent: 30 },
        { header: "b", widthPercent: 30 },
      ]),
    ).toEqual([50, 50]);
  });
  it("keeps 10 % for a free column when the given shares take everything", () => {
    // 100 given, one free column: it gets 10, the given one 100 × 90 / 100 = 90.
    expect(columnShares([{ header: "a", widthPercent: 100 }, { header: "b" }])).toEqual([90, 10]);
  });
  it("shares equally without any width", () => {
    expect(columnShares([{ header: "a" }, { header: "b" }, { header: "c" }, { header: "d" }])).toEqual([
      25, 25, 25, 25,
    ]);
  });
});

describe("page numbers", () => {
  it("keeps the language's word order", () => {
    expect(pageNumberParts("Seite {page} von {pages}")).toEqual([
      { text: "Seite " },
      { field: "page" },
      { text: " von " },
      { field: "pages" },
    ]);
    expect(pageNumberText("{page}/{pages}", 3, 12)).toBe("3/12");
  });
});

describe("headings", () => {
  it("prefixes the builder's number", () => {
    expect(headingText({ number: "2.3", text: "Exit plan" })).toBe("2.3 Exit plan");
    expect(headingText({ text: "Annex" })).toBe("Annex");
  });
  it("gives every heading a unique bookmark and lists levels 1–2 for the contents", () => {
    const headings = anchoredHeadings([
      { kind: "heading", level: 1, text: "A", anchor: "clause exit/plan" },
      { kind: "pageBreak" },
      { kind: "heading", level: 2, text: "B" },
      { kind: "heading", level: 3, text: "C", anchor: "clause_exit_plan" },
      { kind: "heading", level: 2, text: "D", anchor: "9lives" },
    ]);
    // Blocks 0, 2, 3 and 4 (1-based positions 1, 3, 4, 5); the repeated anchor gets its position.
    expect([...headings.values()].map((heading) => heading.bookmark)).toEqual([
      "clause_exit_plan",
      "heading-3",
      "clause_exit_plan-4",
      "heading-5",
    ]);
    expect(contentsEntries(headings).map((heading) => heading.text)).toEqual(["A", "B", "D"]);
  });
});

describe("safety of what is written", () => {
  it("accepts only http(s) and mailto links", () => {
    expect(safeLink("https://example.eu/a")).toBe("https://example.eu/a");
    expect(safeLink("mailto:buyer@example.eu")).toBe("mailto:buyer@example.eu");
    expect(safeLink("javascript:alert(1)")).toBeNull();
    expect(safeLink("file:///etc/passwd")).toBeNull();
  });
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXml(`<b a="1">'&'</b>\u0001`)).toBe("&lt;b a=&quot;1&quot;&gt;&apos;&amp;&apos;&lt;/b&gt;");
  });
});

describe("metadata", () => {
  it("writes W3C date-times without fractions", () => {
    expect(metadataDateTime("2026-03-02T09:30:00.000Z")).toBe("2026-03-02T09:30:00Z");
    expect(metadataDateTime("2026-03-02T10:30:00+01:00")).toBe("2026-03-02T09:30:00Z");
  });
  it("splits a language tag", () => {
    expect(languageParts("fr-BE")).toEqual({ language: "fr", country: "BE" });
    expect(languageParts("de")).toEqual({ language: "de", country: null });
  });
});
