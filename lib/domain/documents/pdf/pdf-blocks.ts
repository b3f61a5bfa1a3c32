import type { CoverPage, Inline, ListBlock, ParagraphBlock } from "../document-model";
import { headingText, type AnchoredHeading } from "../model-text";
import { artifact, COLOURS, CONTENT_WIDTH, currentPage, ensureSpace, LEFT, newPage } from "./pdf-page";
import { drawTable } from "./pdf-table";
import { measureRuns, tagged, writeRuns, type Pdf, type TextStyle } from "./pdf-text";

/** What laying out the blocks needs and records. */
export type PdfContext = {
  doc: Pdf;
  /** The structure tree's root element (Document). */
  root: PDFKit.PDFStructureElement;
  /** The last bookmark at each heading level, so a level-2 heading nests under its chapter. */
  outline: PDFKit.PDFOutline[];
  /** Where each heading landed (bookmark → page), for the table of contents. */
  headingPages: Map<string, number>;
  /** The pages a previous layout found, written in the table of contents (empty at first). */
  contentsPages: ReadonlyMap<string, number>;
};

const BODY: TextStyle = { size: 10.5, lineGap: 2 };
const HEADING_SIZE = { 1: 18, 2: 14, 3: 12, 4: 11 } as const;
const SPACE_BEFORE = { 1: 14, 2: 12, 3: 10, 4: 8 } as const;

function atPageTop(doc: Pdf): boolean {
  return doc.y <= doc.page.margins.top + 1;
}

export function drawHeading(context: PdfContext, heading: AnchoredHeading): void {
  const { doc } = context;
  const text = headingText(heading);
  const style: TextStyle = {
    size: HEADING_SIZE[heading.level],
    face: heading.level === 4 ? "boldItalic" : "bold",
    color: heading.level <= 2 ? COLOURS.heading : "#000000",
    destination: heading.bookmark,
  };
  if (!atPageTop(doc)) doc.y += SPACE_BEFORE[heading.level];
  // Keep the heading with the start of what follows it.
  ensureSpace(doc, measureRuns(doc, [text], CONTENT_WIDTH, style) + 48);
  const y = doc.y;
  context.headingPages.set(heading.bookmark, currentPage(doc));
  context.root.add(tagged(doc, `H${heading.level}`, () => writeRuns(doc, [text], LEFT, y, CONTENT_WIDTH, style)));
  const parent = context.outline.slice(0, heading.level - 1).findLast(Boolean) ?? doc.outline;
  context.outline[heading.level - 1] = parent.addItem(text);
  context.outline.length = heading.level;
  doc.y += 4;
}

export function drawParagraph(context: PdfContext, block: ParagraphBlock): void {
  const style = block.style ?? "normal";
  if (style === "guidance" || style === "placeholder") return drawBox(context, block.content, style);
  const text: TextStyle = style === "note" ? { size: 8.5, lineGap: 1.5, color: COLOURS.muted } : BODY;
  paragraphAt(context, "P", block.content, LEFT, CONTENT_WIDTH, text);
}

function paragraphAt(
  context: PdfContext,
  tag: string,
  content: readonly Inline[],
  x: number,
  width: number,
  style: TextStyle,
) {
  const { doc } = context;
  ensureSpace(doc, Math.min(measureRuns(doc, content, width, style), 3 * style.size));
  const y = doc.y;
  context.root.add(tagged(doc, tag, () => writeRuns(doc, content, x, y, width, style)));
  doc.y += 6;
}

/** Guidance (shaded, with a bar) and placeholders (dashed frame), drawn as one block on one page. */
function drawBox(context: PdfContext, content: readonly Inline[], style: "guidance" | "placeholder"): void {
  const { doc } = context;
  const padding = 6;
  const inset = style === "guidance" ? padding + 3 : padding;
  const text: TextStyle = { ...BODY, face: style === "guidance" ? "italic" : "regular" };
  const height = measureRuns(doc, content, CONTENT_WIDTH - inset - padding, text) + 2 * padding;
  ensureSpace(doc, height);
  const y = doc.y;
  // A box taller than a page is written as plain text: a frame cannot follow it over the break.
  if (y + height <= doc.page.maxY()) {
    artifact(doc, () => {
      if (style === "guidance") {
        doc.rect(LEFT, y, CONTENT_WIDTH, height).fill(COLOURS.guidanceFill);
        doc.rect(LEFT, y, 3, height).fill(COLOURS.guidanceBar);
      } else {
        doc.rect(LEFT, y, CONTENT_WIDTH, height).fill(COLOURS.placeholderFill);
        doc
          .lineWidth(0.75)
          .dash(3, { space: 2 })
          .rect(LEFT, y, CONTENT_WIDTH, height)
          .stroke(COLOURS.placeholderBorder)
          .undash();
      }
    });
  }
  context.root.add(
    tagged(doc, "P", () => writeRuns(doc, content, LEFT + inset, y + padding, CONTENT_WIDTH - inset - padding, text)),
  );
  doc.y = Math.max(doc.y, y + height) + 6;
}

/** A list: L, LI, Lbl (the bullet or number) and LBody, as PDF/UA expects. */
export function drawList(context: PdfContext, block: ListBlock): void {
  const { doc } = context;
  const indent = 22;
  const list = doc.struct("L");
  context.root.add(list);
  block.items.forEach((item, index) => {
    ensureSpace(doc, BODY.size * 2);
    const y = doc.y;
    const label = block.ordered ? `${index + 1}.` : "•";
    const entry = doc.struct("LI");
    list.add(entry);
    entry.add(tagged(doc, "Lbl", () => writeRuns(doc, [label], LEFT + 4, y, indent - 4, BODY)));
    entry.add(tagged(doc, "LBody", () => writeRuns(doc, item, LEFT + indent, y, CONTENT_WIDTH - indent, BODY)));
    entry.end();
    doc.y += 3;
  });
  list.end();
  doc.y += 3;
}

/** The table of contents: headings of levels 1–2 with their pages, each entry a link. */
export function drawContents(context: PdfContext, title: string, entries: readonly AnchoredHeading[]): void {
  const { doc } = context;
  const titleStyle: TextStyle = { size: 16, face: "bold" };
  ensureSpace(doc, 80);
  const titleY = doc.y;
  context.root.add(tagged(doc, "P", () => writeRuns(doc, [title], LEFT, titleY, CONTENT_WIDTH, titleStyle)));
  doc.y += 8;
  const contents = doc.struct("TOC");
  context.root.add(contents);
  const numberWidth = 40;
  for (const entry of entries) {
    const indent = entry.level === 1 ? 0 : 16;
    const style: TextStyle = { size: 10.5, face: entry.level === 1 ? "bold" : "regular", goTo: entry.bookmark };
    const width = CONTENT_WIDTH - indent - numberWidth;
    ensureSpace(doc, measureRuns(doc, [headingText(entry)], width, style));
    const y = doc.y + (entry.level === 1 ? 4 : 1);
    const page = context.contentsPages.get(entry.bookmark);
    contents.add(
      tagged(doc, "TOCI", () => {
        writeRuns(doc, [headingText(entry)], LEFT + indent, y, width, style);
        const end = doc.y;
        writeRuns(doc, [page === undefined ? "" : String(page)], LEFT + CONTENT_WIDTH - numberWidth, y, numberWidth, {
          ...style,
          align: "right",
        });
        doc.y = Math.max(end, doc.y);
      }),
    );
  }
  contents.end();
  doc.y += 10;
}

/** The cover: overline, title, subtitle and facts on a page of their own, without page number. */
export function drawCover(context: PdfContext, cover: CoverPage): void {
  const { doc } = context;
  doc.y = doc.page.margins.top + 110;
  const line = (text: string, style: TextStyle, after: number) => {
    const y = doc.y;
    context.root.add(tagged(doc, "P", () => writeRuns(doc, [text], LEFT, y, CONTENT_WIDTH, style)));
    doc.y += after;
  };
  if (cover.overline) line(cover.overline, { size: 13, color: "#404040" }, 8);
  line(cover.title, { size: 26, face: "bold", color: COLOURS.heading, lineGap: 2 }, 10);
  if (cover.subtitle) line(cover.subtitle, { size: 16 }, 24);
  if (cover.facts.length > 0) {
    drawTable(doc, context.root, {
      caption: null,
      header: null,
      shares: [35, 65],
      align: ["left", "left"],
      rows: cover.facts.map((fact) => [[fact.label], [fact.value]]),
      labelColumn: true,
    });
  }
  newPage(doc);
}

export function pageBreak(context: PdfContext): void {
  if (!atPageTop(context.doc)) newPage(context.doc);
}
