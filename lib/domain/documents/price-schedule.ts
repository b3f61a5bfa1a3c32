import { BIDDER_COST_CATEGORIES, EXIT_PERIOD_YEARS, type CostCategory } from "@/lib/domain/bids/bid-model";
import { CSV_COLUMNS, type CsvColumn } from "@/lib/domain/bids/import/csv-format";
import { defaultTcoHorizonYears } from "@/lib/domain/tender/award-settings";
import type { PriceScheduleLabels } from "./price-schedule-labels";
import { EMPTY_CELL, number, text, type Sheet, type SheetCell, type SpreadsheetModel } from "./spreadsheet-model";

/** What the price schedule reads from a tender (a TenderDto has all of it). */
export type PriceScheduleTender = {
  reference: string;
  title: string;
  currency: string;
  lots: readonly { key: string; title: string }[];
  award: { tcoHorizonYears: number; discountRatePercent: number } | null;
  durationMonths: number | null;
  /** The contracting authority, named in the file's properties. */
  authorityName?: string;
};

/** The cost period as the bid import checks it (bidTenderContext): horizon N, years 0..N+exit. */
export function priceScheduleYears(tender: Pick<PriceScheduleTender, "award" | "durationMonths">) {
  const horizon = tender.award?.tcoHorizonYears ?? defaultTcoHorizonYears(tender.durationMonths);
  return {
    horizon,
    exitYear: horizon + EXIT_PERIOD_YEARS,
    years: Array.from({ length: horizon + EXIT_PERIOD_YEARS + 1 }, (_, year) => year),
  };
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** Column widths of the price lines sheet, in characters. */
const WIDTHS: Record<CsvColumn, number> = {
  bidder_name: 28,
  bidder_country: 14,
  bidder_registration_id: 22,
  bidder_is_sme: 13,
  contact_name: 20,
  contact_email: 26,
  lot: 9,
  received_at: 17,
  solution: 30,
  claims_open_source: 18,
  category: 22,
  year: 6,
  amount: 14,
  note: 30,
};

/**
 * The price schedule annex for bidders (issue 8): a workbook whose first sheet is the bid
 * import's CSV format (docs/bids-import.md) — the same 14 column names, one row per cost category
 * and year of the tender's cost period (and per lot), with the lot, category and year filled in.
 * A bidder enters its details and amounts; saved as CSV, the sheet imports as it is. The second
 * sheet explains every column, the years and the categories in the reader's language.
 */
export function buildPriceSchedule(
  tender: PriceScheduleTender,
  labels: PriceScheduleLabels,
  file: { createdAt: string; language: string },
): SpreadsheetModel {
  const { horizon, exitYear, years } = priceScheduleYears(tender);
  const lotKeys = tender.lots.length > 0 ? tender.lots.map((lot) => lot.key) : [""];
  const rows = lotKeys.flatMap((lot) =>
    BIDDER_COST_CATEGORIES.flatMap((category) => years.map((year) => priceLine(lot, category, year))),
  );
  const prices: Sheet = {
    name: labels.priceSheetName,
    columns: CSV_COLUMNS.map((column) => ({ header: column, widthChars: WIDTHS[column], typedAsText: true })),
    hasHeaderRow: true,
    rows,
  };
  const values = {
    reference: tender.reference,
    title: tender.title,
    currency: tender.currency,
    horizon,
    exit: exitYear,
  };
  return {
    meta: {
      title: fill(labels.title, values),
      language: file.language,
      ...(tender.authorityName ? { author: tender.authorityName } : {}),
      createdAt: file.createdAt,
    },
    sheets: [prices, instructions(tender, labels, values)],
  };
}

/** One price line to fill in: the lot, category and year given, the rest for the bidder. */
function priceLine(lot: string, category: CostCategory, year: number): SheetCell[] {
  const cells: Record<CsvColumn, SheetCell> = {
    bidder_name: EMPTY_CELL,
    bidder_country: EMPTY_CELL,
    bidder_registration_id: EMPTY_CELL,
    bidder_is_sme: EMPTY_CELL,
    contact_name: EMPTY_CELL,
    contact_email: EMPTY_CELL,
    lot: text(lot),
    received_at: EMPTY_CELL,
    solution: EMPTY_CELL,
    claims_open_source: EMPTY_CELL,
    category: text(category),
    year: number(year),
    amount: EMPTY_CELL,
    note: EMPTY_CELL,
  };
  return CSV_COLUMNS.map((column) => cells[column]);
}

function instructions(
  tender: PriceScheduleTender,
  labels: PriceScheduleLabels,
  values: Record<string, string | number>,
): Sheet {
  const row = (...cells: string[]): SheetCell[] => cells.map(text);
  const blank: SheetCell[] = [];
  const rows: SheetCell[][] = [
    row(fill(labels.title, values)),
    blank,
    ...labels.steps.map((step) => row(fill(step, values))),
    row(fill(labels.currency, values)),
    row(fill(labels.years, values)),
    blank,
    row(labels.columnHeader, labels.meaningHeader),
    ...CSV_COLUMNS.map((column) => row(column, fill(labels.columns[column], values))),
    blank,
    row(labels.categoryHeader, labels.categoryNameHeader),
    ...BIDDER_COST_CATEGORIES.map((category) => row(category, labels.categories[category])),
  ];
  if (tender.lots.length > 0) {
    rows.push(
      blank,
      row(labels.lotHeader, labels.lotTitleHeader),
      ...tender.lots.map((lot) => row(lot.key, lot.title)),
    );
  }
  return {
    name: labels.instructionsSheetName,
    columns: [
      { header: "", widthChars: 26 },
      { header: "", widthChars: 90, wrap: true },
    ],
    hasHeaderRow: false,
    rows,
  };
}
