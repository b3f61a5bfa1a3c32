import type { Inline } from "../document-model";
import { artifact, COLOURS, CONTENT_WIDTH, ensureSpace, LEFT, newPage } from "./pdf-page";
import { measureRuns, tagged, writeRuns, type Pdf, type TextStyle } from "./pdf-text";

export type PdfTable = {
  /** Shown above the table, inside its structure element (its accessible name). */
  caption: string | null;
  /** The header row, repeated at the top of each page; null for label–value facts. */
  header: { text: string; align: "left" | "right" }[] | null;
  shares: readonly number[];
  align: readonly ("left" | "right")[];
  rows: readonly (readonly Inline[][])[];
  /** Facts: the first column is the label, in bold, and only rows are ruled. */
  labelColumn?: boolean;
};

const PADDING = 4;
const CELL: TextStyle = { size: 9.5, lineGap: 1 };

/**
 * A table drawn row by row: a row never splits across pages, and the header row is drawn again
 * (as an artifact, since it repeats) at the top of each page the table runs onto. Tagged as
 * Table, Caption, TR, TH and TD.
 */
export function drawTable(doc: Pdf, parent: PDFKit.PDFStructureElement, table: PdfTable): void {
  const widths = table.shares.map((share) => (CONTENT_WIDTH * share) / 100);
  const element = doc.struct("Table");
  parent.add(element);
  if (table.caption !== null) {
    const caption = table.caption;
    const height = measureRuns(doc, [caption], CONTENT_WIDTH, { size: 10, face: "bold" });
    ensureSpace(doc, height + 60);
    const y = doc.y + 6;
    element.add(
      tagged(doc, "Caption", () => writeRuns(doc, [caption], LEFT, y, CONTENT_WIDTH, { size: 10, face: "bold" })),
    );
    doc.y += 4;
  } else {
    ensureSpace(doc, 40);
  }
  const headerCells = table.header?.map((column) => [column.text] as Inline[]) ?? null;
  const headerAlign = table.header?.map((column) => column.align) ?? [];
  if (headerCells) drawRow(doc, element, table, widths, headerCells, headerAlign, "header");
  for (const row of table.rows) {
    const height = rowHeight(doc, table, widths, row, "body");
    if (doc.y + height > doc.page.maxY()) {
      newPage(doc);
      if (headerCells) drawRow(doc, null, table, widths, headerCells, headerAlign, "header");
    }
    drawRow(doc, element, table, widths, row, table.align, "body");
  }
  element.end();
  doc.y += 10;
}

function cellStyle(table: PdfTable, kind: "header" | "body", column: number, align: "left" | "right"): TextStyle {
  const bold = kind === "header" || (table.labelColumn === true && column === 0);
  return { ...CELL, face: bold ? "bold" : "regular", align };
}

function rowHeight(
  doc: Pdf,
  table: PdfTable,
  widths: readonly number[],
  cells: readonly Inline[][],
  kind: "header" | "body",
): number {
  const heights = widths.map((width, column) =>
    measureRuns(doc, cells[column] ?? [], width - 2 * PADDING, cellStyle(table, kind, column, "left")),
  );
  return Math.max(CELL.size + 3, ...heights) + 2 * PADDING;
}

/** One row at doc.y; `parent` null draws it as an artifact (a header row repeated on a new page). */
function drawRow(
  doc: Pdf,
  parent: PDFKit.PDFStructureElement | null,
  table: PdfTable,
  widths: readonly number[],
  cells: readonly Inline[][],
  align: readonly ("left" | "right")[],
  kind: "header" | "body",
): void {
  const height = rowHeight(doc, table, widths, cells, kind);
  const y = doc.y;
  const xs = widths.map((_, column) => LEFT + widths.slice(0, column).reduce((sum, width) => sum + width, 0));
  if (kind === "header") {
    artifact(doc, () => doc.rect(LEFT, y, CONTENT_WIDTH, height).fill(COLOURS.headerFill));
  }
  const row = parent ? doc.struct("TR") : null;
  if (row && parent) parent.add(row);
  widths.forEach((width, column) => {
    const write = () =>
      writeRuns(
        doc,
        cells[column] ?? [],
        xs[column]! + PADDING,
        y + PADDING,
        width - 2 * PADDING,
        cellStyle(table, kind, column, align[column] ?? "left"),
      );
    if (row) {
      const scope = kind === "header" ? "Column" : table.labelColumn && column === 0 ? "Row" : null;
      row.add(tagged(doc, scope ? "TH" : "TD", write, scope ? { scope } : {}));
    } else {
      doc.markContent("Artifact", { type: "Pagination" });
      write();
      doc.endMarkedContent();
    }
  });
  row?.end();
  artifact(doc, () => {
    doc.lineWidth(0.5).strokeColor(table.labelColumn ? COLOURS.lightRule : COLOURS.rule);
    if (table.labelColumn) {
      doc
        .moveTo(LEFT, y + height)
        .lineTo(LEFT + CONTENT_WIDTH, y + height)
        .stroke();
    } else {
      xs.forEach((x, column) => doc.rect(x, y, widths[column]!, height).stroke());
    }
  });
  doc.y = y + height;
}
