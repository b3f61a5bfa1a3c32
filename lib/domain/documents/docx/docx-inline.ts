import type { Inline } from "../document-model";
import { safeLink, toRun } from "../model-text";
import { escapeXml } from "../xml";

/** What the body collects while it is written: hyperlink targets, lists and bookmark ids. */
export type DocxContext = {
  /** External hyperlink targets; the n-th is relationship `rIdLink{n+1}`. */
  links: string[];
  /** One numbering instance per list, so each ordered list starts at 1. */
  lists: { ordered: boolean }[];
  bookmarks: number;
};

export function newDocxContext(): DocxContext {
  return { links: [], lists: [], bookmarks: 0 };
}

/** Text as runs' content: tabs and line breaks become WordprocessingML elements. */
export function docxText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/(\n|\t)/)
    .map((piece) => {
      if (piece === "\n") return "<w:br/>";
      if (piece === "\t") return "<w:tab/>";
      return piece === "" ? "" : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`;
    })
    .join("");
}

export function docxRun(text: string, properties = ""): string {
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ""}${docxText(text)}</w:r>`;
}

/** Runs with bold, italic and monospace, and external links (registered in the context). */
export function docxInlines(content: readonly Inline[], context: DocxContext): string {
  return content
    .map((inline) => {
      const run = toRun(inline);
      const link = safeLink(run.link);
      const properties =
        (link ? '<w:rStyle w:val="Hyperlink"/>' : "") +
        (run.code ? '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>' : "") +
        (run.bold ? "<w:b/>" : "") +
        (run.italic ? "<w:i/>" : "");
      const xml = docxRun(run.text, properties);
      if (!link) return xml;
      context.links.push(link);
      return `<w:hyperlink r:id="rIdLink${context.links.length}" w:history="1">${xml}</w:hyperlink>`;
    })
    .join("");
}

/** A paragraph of one style; `extra` goes into its properties after the style. */
export function docxParagraph(style: string, runs: string, extra = ""): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra}</w:pPr>${runs}</w:p>`;
}
