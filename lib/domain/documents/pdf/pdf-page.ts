import type { Pdf } from "./pdf-text";

/** A4 in points, with the margins of the other formats (2 cm top, 2.2 cm sides, room for the footer). */
export const PAGE = {
  size: [595.28, 841.89] as [number, number],
  margins: { top: 57, bottom: 68, left: 62, right: 62 },
};
export const CONTENT_WIDTH = PAGE.size[0] - PAGE.margins.left - PAGE.margins.right;
export const LEFT = PAGE.margins.left;

/** Colours shared with the ODT and DOCX styles. */
export const COLOURS = {
  heading: "#1f3864",
  muted: "#505050",
  rule: "#808080",
  lightRule: "#c0c0c0",
  headerFill: "#dde4ee",
  guidanceFill: "#e8f0fa",
  guidanceBar: "#3a6ea5",
  placeholderFill: "#fff2cc",
  placeholderBorder: "#b38f00",
};

/** The 1-based number of the page being written (pages are buffered, never flushed early). */
export function currentPage(doc: Pdf): number {
  return doc.bufferedPageRange().count;
}

export function newPage(doc: Pdf): void {
  doc.addPage({ size: PAGE.size, margins: PAGE.margins });
}

/** Starts a new page unless `height` points still fit on this one (and this one has content). */
export function ensureSpace(doc: Pdf, height: number): void {
  const top = doc.page.margins.top;
  if (doc.y > top + 1 && doc.y + height > doc.page.maxY()) newPage(doc);
}

/** Draws decoration (rules, shading) as an artifact, which assistive technology skips. */
export function artifact(doc: Pdf, draw: () => void): void {
  doc.save();
  doc.markContent("Artifact", { type: "Layout" });
  draw();
  doc.endMarkedContent();
  doc.restore();
}
