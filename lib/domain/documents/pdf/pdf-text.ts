import type { Inline } from "../document-model";
import { safeLink, toRun } from "../model-text";
import { faceOf, fontSegments, type FontFace } from "./pdf-fonts";

export type Pdf = PDFKit.PDFDocument;

export type TextStyle = {
  size: number;
  /** The face of runs that are neither bold nor italic (a heading is bold throughout). */
  face?: FontFace;
  color?: string;
  align?: "left" | "right" | "center";
  lineGap?: number;
  /** A named destination at the text (headings), for the table of contents to link to. */
  destination?: string;
  /** The named destination the whole text links to (table of contents entries). */
  goTo?: string;
};

type Piece = { text: string; font: string; link: string | null };

/** Runs as pieces each set in one embedded font; tabs become spaces (PDF text has no tab stops). */
function pieces(content: readonly Inline[], baseFace: FontFace): Piece[] {
  return content.flatMap((inline) => {
    const run = toRun(inline);
    const face = baseFace === "regular" ? faceOf(run.bold, run.italic) : baseFace;
    const link = safeLink(run.link);
    return fontSegments(run.text.replace(/\t/g, "    ").replace(/\r\n?/g, "\n"), face).map((segment) => ({
      ...segment,
      link,
    }));
  });
}

/**
 * Writes runs at (x, y) within `width`, wrapping lines, and leaves `doc.y` below them. Pieces in
 * different fonts are chained with pdfkit's `continued`, so one paragraph wraps as one text.
 */
export function writeRuns(
  doc: Pdf,
  content: readonly Inline[],
  x: number,
  y: number,
  width: number,
  style: TextStyle,
): void {
  const all = pieces(content, style.face ?? "regular").filter((piece) => piece.text !== "");
  if (all.length === 0) return;
  doc.fontSize(style.size);
  all.forEach((piece, index) => {
    doc.font(piece.font).fillColor(piece.link ? "#1a4f8b" : (style.color ?? "#000000"));
    const options: PDFKit.Mixins.TextOptions = {
      width,
      align: style.align ?? "left",
      lineGap: style.lineGap ?? 1.5,
      continued: index < all.length - 1,
      link: piece.link ?? undefined,
      underline: piece.link !== null,
      destination: index === 0 ? style.destination : undefined,
      goTo: style.goTo,
    };
    if (index === 0) doc.text(piece.text, x, y, options);
    else doc.text(piece.text, options);
  });
  doc.fillColor("#000000");
}

/**
 * The height the runs will take, measured on their plain text in the boldest face they use (an
 * upper bound: bold is wider), to decide page breaks before anything is drawn.
 */
export function measureRuns(doc: Pdf, content: readonly Inline[], width: number, style: TextStyle): number {
  const all = pieces(content, style.face ?? "regular");
  const text = all.map((piece) => piece.text).join("");
  if (text === "") return 0;
  const bold = all.some((piece) => piece.font.includes("700"));
  const italic = all.every((piece) => piece.font.includes("italic"));
  const face: FontFace = bold ? (italic ? "boldItalic" : "bold") : italic ? "italic" : "regular";
  const font = fontSegments("a", face)[0]!.font;
  doc.font(font).fontSize(style.size);
  return doc.heightOfString(text, { width, lineGap: style.lineGap ?? 1.5 });
}

/**
 * A structure element whose content is what `draw` writes (drawn when it joins the tree). `scope`
 * is written by pdfkit (Table/Scope) though its type definitions omit it.
 */
export function tagged(
  doc: Pdf,
  tag: string,
  draw: () => void,
  options: PDFKit.Mixins.StructureElementOptions & { scope?: "Row" | "Column" } = {},
): PDFKit.PDFStructureElement {
  return doc.struct(tag, options, draw);
}
