import { describe, expect, it } from "vitest";
import { sentenceIndexAt, sentenceInsertionPoint, sentenceRange, splitSentences } from "./sentences";

function sentences(text: string): string[] {
  const split = splitSentences(text);
  return split.starts.map((_, i) => {
    const { start, end } = sentenceRange(split, i);
    return text.slice(start, end).trim();
  });
}

describe("splitSentences", () => {
  it("ends a sentence at . ! ? followed by a space", () => {
    expect(sentences("Use ODF. Is CSV fine? Yes! Done")).toEqual(["Use ODF.", "Is CSV fine?", "Yes!", "Done"]);
  });

  it("does not end a sentence at abbreviations, initials, decimals or extensions", () => {
    const text = "Formats, e.g. ODF, are listed in Art. 42 and z.B. Nr. 3. Version 2.0 of J. Smith uses .docx files.";
    expect(sentences(text)).toEqual(["Formats, e.g. ODF, are listed in Art. 42 and z.B. Nr. 3.", "Version 2.0 of J. Smith uses .docx files."]); // prettier-ignore
  });

  it("does not end a sentence where the next word starts in lower case", () => {
    expect(sentences("It costs approx. ten euros. Next.")).toEqual(["It costs approx. ten euros.", "Next."]);
  });

  it("ends sentences at blank lines, Markdown list items, headings and table cells, not at a wrapped line", () => {
    const text = "# Title\nA line wrapped\nby hand\n\nPara\n- item one\n1. item two\n| a | b |";
    expect(sentences(text)).toEqual(["# Title\nA line wrapped\nby hand", "Para", "- item one", "1. item two", "|", "a |", "b |"]); // prettier-ignore
  });

  it("starts at 0 and finds the sentence of any offset", () => {
    const split = splitSentences("One. Two. Three.");
    expect(split.starts).toEqual([0, 4, 9]);
    expect(sentenceIndexAt(split, 0)).toBe(0);
    expect(sentenceIndexAt(split, 3)).toBe(0);
    expect(sentenceIndexAt(split, 4)).toBe(1);
    expect(sentenceIndexAt(split, 15)).toBe(2);
    expect(splitSentences("").starts).toEqual([0]);
  });
});

describe("sentenceInsertionPoint", () => {
  it("is before the final punctuation and closing quotes, or after the last character", () => {
    const at = (text: string) => sentenceInsertionPoint(text, { start: 0, end: text.length });
    expect(at("Use Oracle.")).toBe(10);
    expect(at('He said "Use Oracle."  ')).toBe(19);
    expect(at("Use Oracle (see annex)")).toBe(22);
    expect(at("- Use Oracle\n")).toBe(12);
  });
});
