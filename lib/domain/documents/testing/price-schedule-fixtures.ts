import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import { CSV_COLUMNS, type CsvColumn } from "@/lib/domain/bids/import/csv-format";
import type { PriceScheduleTender } from "../price-schedule";
import { priceScheduleLabels, type PriceScheduleLabels } from "../price-schedule-labels";
import type { SheetCell, SpreadsheetModel } from "../spreadsheet-model";

const MESSAGES = { en, fr, de } as const;

/** The labels from a messages file, as the route would pass them (t.raw). */
export function labelsFor(language: keyof typeof MESSAGES): PriceScheduleLabels {
  return priceScheduleLabels((key) => {
    const value = key
      .split(".")
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], MESSAGES[language]);
    if (typeof value !== "string") throw new Error(`Missing message ${key}`);
    return value;
  });
}

/** A tender with two lots over a three-year horizon (36 months): cost years 0–4. */
export const SCHEDULE_TENDER: PriceScheduleTender = {
  reference: "TC-2026-014",
  title: "Gestion des dossiers",
  currency: "EUR",
  lots: [
    { key: "LOT-1", title: "Hébergement" },
    { key: "LOT-2", title: "Maintenance" },
  ],
  award: null,
  durationMonths: 36,
  authorityName: "Ville de Liège",
};

/**
 * The price schedule as a bidder returns it: its details on every row of one lot, an amount on
 * each (the year × 100 euros, as typed: "300,50" for year 3), the other lot's rows deleted.
 */
export function filledIn(model: SpreadsheetModel, lot: string, receivedAt: string): SpreadsheetModel {
  const [prices, ...rest] = model.sheets;
  const given: Partial<Record<CsvColumn, string>> = {
    bidder_name: 'Société "Libre", Liège',
    bidder_country: "BE",
    bidder_registration_id: "BE0123.456.789",
    bidder_is_sme: "oui",
    contact_email: "offres@libre.example",
    received_at: receivedAt,
    claims_open_source: "yes",
  };
  const at = (column: CsvColumn) => CSV_COLUMNS.indexOf(column);
  const rows = prices!.rows
    .filter((row) => row[at("lot")]?.kind === "text" && (row[at("lot")] as { value: string }).value === lot)
    .map((row) => {
      const year = (row[at("year")] as { value: number }).value;
      return CSV_COLUMNS.map((column, index): SheetCell => {
        if (column === "amount") return { kind: "text", value: `${year * 100},50` };
        const value = given[column];
        return value === undefined ? row[index]! : { kind: "text", value };
      });
    });
  return { ...model, sheets: [{ ...prices!, rows }, ...rest] };
}

/** A sheet as a spreadsheet saves it to CSV: comma-separated, quoted where needed, numbers plain. */
export function sheetAsCsv(model: SpreadsheetModel): string {
  const sheet = model.sheets[0]!;
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const cell = (value: SheetCell | undefined) =>
    value === undefined || value.kind === "empty" ? "" : quote(String(value.value));
  const lines = [
    sheet.columns.map((column) => quote(column.header)).join(","),
    ...sheet.rows.map((row) => sheet.columns.map((_, index) => cell(row[index])).join(",")),
  ];
  return `${lines.join("\n")}\n`;
}
