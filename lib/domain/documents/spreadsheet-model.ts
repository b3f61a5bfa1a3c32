import type { DocumentMeta, RenderedDocument } from "./document-model";

/**
 * The neutral model of a spreadsheet export (the price schedule annex, issue 8): sheets of typed
 * cells and no formulas, so what a bidder types is what is read back. One renderer per format
 * (ODS, XLSX) writes it out; the same model always gives the same bytes apart from `createdAt`.
 */

export type SheetCell = { kind: "text"; value: string } | { kind: "number"; value: number } | { kind: "empty" };

export type SheetColumn = {
  /** The text of the header row's cell. */
  header: string;
  /** Width in characters of the default font. */
  widthChars: number;
  /**
   * Whether what people type in the column is kept as text, as typed (codes, dates, amounts with
   * their separators), rather than turned into a number or date the spreadsheet then formats in
   * the reader's locale when saving as CSV.
   */
  typedAsText?: boolean;
  /** Long texts wrap within the cell. */
  wrap?: boolean;
};

export type Sheet = {
  /** At most 31 characters, without []:*?/\ (renderers clean it up all the same). */
  name: string;
  columns: SheetColumn[];
  /** Shown in bold, kept in view when scrolling, repeated on every printed page. */
  hasHeaderRow: boolean;
  /** rows[r][c]: rows below the header; a row may be shorter than `columns` (the rest is empty). */
  rows: SheetCell[][];
};

export type SpreadsheetModel = {
  meta: DocumentMeta;
  /** The first sheet is the one a "Save as CSV" writes. */
  sheets: Sheet[];
};

export type SpreadsheetRenderer = (model: SpreadsheetModel, baseName: string) => Promise<RenderedDocument>;

export const text = (value: string): SheetCell => (value === "" ? { kind: "empty" } : { kind: "text", value });
export const number = (value: number): SheetCell => ({ kind: "number", value });
export const EMPTY_CELL: SheetCell = { kind: "empty" };

/** A sheet name every spreadsheet accepts: no []:*?/\, not empty, at most 31 characters. */
export function sheetName(name: string, index: number): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, " ")
    .trim()
    .slice(0, 31);
  return cleaned === "" ? `Sheet${index + 1}` : cleaned;
}
