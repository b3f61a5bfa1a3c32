import { CsvError, parse } from "csv-parse/sync";
import { messageRef } from "@/lib/i18n/message-ref";
import { CSV_COLUMNS, detectDelimiter, type CsvColumn } from "./csv-format";
import { groupCsvRows, readCsvBid, type CsvRow } from "./read-csv-bid";
import { importProblem, sortProblems, type ImportProblem, type ImportResult } from "./import-result";
import type { BidRegistrationContext, IncomingBid } from "../check-bid-registration";

/**
 * Bids from the CSV format of docs/bids-import.md, checked as far as the tender allows without a
 * database (cost years, lots, deadline): every problem is reported with its row and column, and
 * a file with one problem gives no bid at all.
 */
export function parseBidsCsv(content: string, context: BidRegistrationContext): ImportResult {
  if (content.trim() === "") return refuse([importProblem(null, null, "problems.bidImport.empty")]);
  const records = readRecords(content);
  if (!records.ok) return refuse([records.problem]);
  const [header, ...rows] = records.rows;
  if (!header) return refuse([importProblem(null, null, "problems.bidImport.empty")]);

  const columns = readHeader(header.values);
  if (!columns.ok) return refuse(columns.problems);
  if (rows.length === 0) return refuse([importProblem(null, null, "problems.bidImport.noRows")]);

  const problems: ImportProblem[] = [];
  const complete: CsvRow[] = [];
  for (const row of rows) {
    if (row.values.length !== columns.order.length) {
      const values = { found: row.values.length, expected: columns.order.length };
      problems.push(importProblem(row.line, null, messageRef("problems.bidImport.wrongValueCount", values)));
      continue;
    }
    const values = Object.fromEntries(columns.order.map((column, index) => [column, row.values[index] ?? ""]));
    complete.push({ line: row.line, values: values as Record<CsvColumn, string> });
  }

  const bids: IncomingBid[] = [];
  for (const group of groupCsvRows(complete)) {
    const read = readCsvBid(group, context);
    problems.push(...read.problems);
    if (read.bid) bids.push(read.bid);
  }
  return problems.length > 0 ? refuse(problems) : { ok: true, bids };
}

function refuse(problems: ImportProblem[]): ImportResult {
  return { ok: false, problems: sortProblems(problems) };
}

type RawRow = { line: number; values: string[] };

/** The file's rows with their line numbers, or why the file is not CSV that can be read. */
function readRecords(content: string): { ok: true; rows: RawRow[] } | { ok: false; problem: ImportProblem } {
  try {
    const records = parse(content, {
      bom: true,
      delimiter: detectDelimiter(content),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return { ok: true, rows: records.map(({ record, info }) => ({ line: info.lines, values: record })) };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // csv-parse sets the line it stopped on, though its type does not say so.
    const lines = (error as unknown as { lines?: unknown }).lines;
    const line = typeof lines === "number" ? lines : null;
    return { ok: false, problem: importProblem(line, null, malformedMessage(error.code)) };
  }
}

function malformedMessage(code: string): string {
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "problems.bidImport.quoteNotClosed";
    case "CSV_INVALID_CLOSING_QUOTE":
    case "INVALID_OPENING_QUOTE":
      return "problems.bidImport.quoteMisplaced";
    default:
      return "problems.bidImport.malformed";
  }
}

function readHeader(
  names: readonly string[],
): { ok: true; order: CsvColumn[] } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  const order = names.map((raw) => raw.trim().toLowerCase());
  const known = new Set<string>(CSV_COLUMNS);
  for (const name of order) {
    if (!known.has(name)) {
      const values = { column: name, columns: CSV_COLUMNS.join(", ") };
      problems.push(importProblem(1, name, messageRef("problems.bidImport.columnUnknown", values)));
    } else if (seen.has(name)) {
      problems.push(importProblem(1, name, messageRef("problems.bidImport.columnTwice", { column: name })));
    }
    seen.add(name);
  }
  for (const column of CSV_COLUMNS) {
    if (!seen.has(column)) {
      problems.push(importProblem(1, column, messageRef("problems.bidImport.columnMissing", { column })));
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, order: order as CsvColumn[] };
}
