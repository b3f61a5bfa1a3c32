import { parseMoneyInput } from "@/lib/domain/money";
import { messageRef } from "@/lib/i18n/message-ref";
import { bidContentSchema } from "@/lib/schemas/bid";
import { COST_CATEGORIES, type BidContent, type CostCategory } from "../bid-model";
import { registrationErrors, type BidRegistrationContext, type IncomingBid } from "../check-bid-registration";
import { parseReceivedAt } from "../received-at";
import { BID_LEVEL_COLUMNS, bidGroupKey, parseCsvBoolean, type CsvColumn } from "./csv-format";
import { importProblem, problemMessage, type ImportProblem } from "./import-result";

export type CsvRow = { line: number; values: Record<CsvColumn, string> };

/** Rows of the same bid together, in the order their bids first appear. */
export function groupCsvRows(rows: readonly CsvRow[]): CsvRow[][] {
  const groups = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const key = bidGroupKey(row.values.bidder_registration_id, row.values.lot);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()];
}

/** The column that holds each field of a bid's content, for messages on the content's paths. */
const BIDDER_COLUMNS: Record<string, CsvColumn> = {
  name: "bidder_name",
  country: "bidder_country",
  registrationId: "bidder_registration_id",
  isSme: "bidder_is_sme",
  contactName: "contact_name",
  contactEmail: "contact_email",
};
const COST_LINE_COLUMNS: Record<string, CsvColumn> = {
  category: "category",
  year: "year",
  amountCents: "amount",
  note: "note",
};
const CONTENT_COLUMNS: Record<string, CsvColumn> = {
  lotKey: "lot",
  solution: "solution",
  claimsOpenSource: "claims_open_source",
  receivedAt: "received_at",
};

/**
 * One bid from its rows: the bid-level columns must agree on every row, each row gives a cost
 * line, and the whole is checked with the bid's schema and against the tender. Problems name the
 * row and column they come from; the bid is given only when there is none.
 */
export function readCsvBid(
  rows: readonly CsvRow[],
  context: BidRegistrationContext,
): { bid: IncomingBid | null; problems: ImportProblem[] } {
  const first = rows[0]!;
  const problems: ImportProblem[] = [...disagreements(rows)];
  const at = (column: CsvColumn, message: string, row = first) =>
    problems.push(importProblem(row.line, column, message));

  const isSme = requiredBoolean(first, "bidder_is_sme", at);
  const claimsOpenSource =
    first.values.claims_open_source.trim() === "" ? false : requiredBoolean(first, "claims_open_source", at);
  const receivedAt = parseReceivedAt(first.values.received_at);
  if (first.values.received_at.trim() === "") at("received_at", "validation.required");
  else if (!receivedAt) {
    at("received_at", messageRef("problems.bidImport.receivedAtInvalid", { value: first.values.received_at }));
  }

  const lineRows: CsvRow[] = [];
  const costLines = rows.flatMap((row) => {
    const line = readCostLine(row, (column, message) => at(column, message, row));
    if (line) lineRows.push(row);
    return line ? [line] : [];
  });

  const parsed = bidContentSchema.safeParse({
    bidder: {
      name: first.values.bidder_name,
      country: first.values.bidder_country,
      registrationId: first.values.bidder_registration_id,
      isSme,
      contactName: first.values.contact_name,
      contactEmail: first.values.contact_email,
    },
    lotKey: first.values.lot.trim() === "" ? null : first.values.lot.trim().toUpperCase(),
    solution: first.values.solution,
    claimsOpenSource,
    costLines,
  });
  // Where a problem on the content's path (`costLines.2.year`) is in the file.
  const locate = (path: readonly PropertyKey[]): { row: CsvRow; column: CsvColumn | null } => {
    const [head, index, field] = path.map(String);
    if (head === "bidder") return { row: first, column: BIDDER_COLUMNS[index ?? ""] ?? null };
    if (head === "costLines" && index !== undefined && field !== undefined) {
      return { row: lineRows[Number(index)] ?? first, column: COST_LINE_COLUMNS[field] ?? null };
    }
    return { row: first, column: CONTENT_COLUMNS[head ?? ""] ?? null };
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { row, column } = locate(issue.path);
      problems.push(importProblem(row.line, column, issue.message));
    }
  }
  // The tender's rules run on what could be read even when something else is wrong, so one
  // upload shows every problem; the lot as written, the cost lines that could be read.
  const lotKey = first.values.lot.trim() === "" ? null : first.values.lot.trim().toUpperCase();
  const checked = parsed.success ? parsed.data : { ...EMPTY_CONTENT, lotKey, costLines };
  for (const problem of registrationErrors({ receivedAt, content: checked }, context)) {
    const { row, column } = locate((problem.path ?? "").split("."));
    problems.push(importProblem(row.line, column, problemMessage(problem)));
  }
  const unique = firstPerCell(problems);
  return {
    bid: unique.length === 0 && parsed.success && receivedAt ? { receivedAt, content: parsed.data } : null,
    problems: unique,
  };
}

const EMPTY_CONTENT: BidContent = {
  bidder: { name: "", country: "", registrationId: "", isSme: false, contactName: "", contactEmail: "" },
  lotKey: null,
  solution: "",
  claimsOpenSource: false,
  costLines: [],
  components: [],
  sovereigntyClaims: {},
  standardAnswers: [],
};

/** One message per cell: a year of 45 is both not a year index and outside the horizon; say it once. */
function firstPerCell(problems: readonly ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    if (problem.field === null) return true;
    const cell = `${problem.row}|${problem.field}`;
    if (seen.has(cell)) return false;
    seen.add(cell);
    return true;
  });
}

/** The bid-level columns that differ from the bid's first row, one problem per cell. */
function disagreements(rows: readonly CsvRow[]): ImportProblem[] {
  const [first, ...others] = rows;
  if (!first) return [];
  const same = (column: CsvColumn, a: string, b: string) => {
    if (column === "bidder_is_sme" || column === "claims_open_source") return parseCsvBoolean(a) === parseCsvBoolean(b);
    if (column === "received_at") return parseReceivedAt(a)?.getTime() === parseReceivedAt(b)?.getTime();
    return a.trim() === b.trim();
  };
  return others.flatMap((row) =>
    BID_LEVEL_COLUMNS.filter((column) => !same(column, first.values[column], row.values[column])).map((column) =>
      importProblem(
        row.line,
        column,
        messageRef("problems.bidImport.bidderFieldsDiffer", {
          column,
          firstRow: first.line,
          value: row.values[column],
          firstValue: first.values[column],
        }),
      ),
    ),
  );
}

function requiredBoolean(
  row: CsvRow,
  column: "bidder_is_sme" | "claims_open_source",
  at: (column: CsvColumn, message: string) => void,
): boolean | null {
  const value = row.values[column];
  if (value.trim() === "") {
    at(column, "validation.required");
    return null;
  }
  const parsed = parseCsvBoolean(value);
  if (parsed === null) at(column, messageRef("problems.bidImport.booleanInvalid", { value }));
  return parsed;
}

function readCostLine(row: CsvRow, at: (column: CsvColumn, message: string) => void) {
  const { category, year, amount, note } = row.values;
  const code = category
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
  const knownCategory = (COST_CATEGORIES as readonly string[]).includes(code);
  if (category.trim() === "") at("category", "validation.required");
  else if (!knownCategory) {
    at(
      "category",
      messageRef("problems.bidImport.categoryUnknown", { value: category, categories: COST_CATEGORIES.join(", ") }),
    );
  }
  const yearNumber = /^\d{1,3}$/.test(year.trim()) ? Number(year.trim()) : null;
  if (year.trim() === "") at("year", "validation.required");
  else if (yearNumber === null) at("year", messageRef("problems.bidImport.yearNotANumber", { value: year }));
  const money = amount.trim() === "" ? null : parseMoneyInput(amount);
  if (money === null) at("amount", "validation.required");
  else if (!money.ok) {
    at(
      "amount",
      money.reason === "format"
        ? messageRef("problems.bidImport.amountNotANumber", { value: amount })
        : `validation.money.${money.reason}`,
    );
  }
  if (!knownCategory || yearNumber === null || !money?.ok) return null;
  return { category: code as CostCategory, year: yearNumber, amountCents: money.cents, note };
}
