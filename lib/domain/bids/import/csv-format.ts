/**
 * The bids CSV format (docs/bids-import.md): one row per cost line, the bidder's columns repeated
 * on each row of the same bid. Column names are fixed, in any order; the first row is the header.
 */
export const CSV_COLUMNS = [
  "bidder_name",
  "bidder_country",
  "bidder_registration_id",
  "bidder_is_sme",
  "contact_name",
  "contact_email",
  "lot",
  "received_at",
  "solution",
  "claims_open_source",
  "category",
  "year",
  "amount",
  "note",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * The columns that describe the bid rather than the cost line: every row of one bid must give
 * them the same value (the registration id and the lot are what group rows into a bid).
 */
export const BID_LEVEL_COLUMNS = [
  "bidder_name",
  "bidder_country",
  "bidder_is_sme",
  "contact_name",
  "contact_email",
  "received_at",
  "solution",
  "claims_open_source",
] as const satisfies readonly CsvColumn[];

/**
 * Yes and no as people write them in the app's three languages and as spreadsheets export them.
 * Case does not matter.
 */
const YES = new Set(["yes", "y", "true", "1", "oui", "ja"]);
const NO = new Set(["no", "n", "false", "0", "non", "nein"]);

export function parseCsvBoolean(value: string): boolean | null {
  const word = value.trim().toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return null;
}

/**
 * Comma or semicolon (spreadsheets set to a language with a decimal comma export semicolons),
 * whichever the header row uses; the header has no quoted commas, so counting is enough.
 */
export function detectDelimiter(content: string): "," | ";" {
  const header = content.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const count = (character: string) => header.split(character).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** Rows of one bid: the same bidder (registration id, ignoring case, spaces, dots and dashes) and lot. */
export function bidGroupKey(registrationId: string, lot: string): string {
  return `${registrationId.toUpperCase().replace(/[\s.-]/g, "")}|${lot.trim().toUpperCase()}`;
}

/** The blank template: the header row, with a line ending so the first row starts on its own line. */
export function csvTemplate(): string {
  return `${CSV_COLUMNS.join(",")}\r\n`;
}
