import { renderOds } from "./render-ods";
import { renderXlsx } from "./render-xlsx";
import type { SpreadsheetRenderer } from "./spreadsheet-model";

/**
 * The spreadsheet formats of the price schedule annex: ODS first, the open standard (ISO/IEC
 * 26300), then XLSX for bidders whose spreadsheet requires it.
 */
export const SPREADSHEET_FORMATS = ["ods", "xlsx"] as const;
export type SpreadsheetFormat = (typeof SPREADSHEET_FORMATS)[number];

/** The renderer of each spreadsheet format: a format added here is offered on every page and route. */
export const SPREADSHEET_RENDERERS: Record<SpreadsheetFormat, SpreadsheetRenderer> = {
  ods: renderOds,
  xlsx: renderXlsx,
};

export function isSpreadsheetFormat(value: unknown): value is SpreadsheetFormat {
  return typeof value === "string" && (SPREADSHEET_FORMATS as readonly string[]).includes(value);
}
