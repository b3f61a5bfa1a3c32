import type { Problem } from "@/lib/domain/tender/problem";
import { messageRef } from "@/lib/i18n/message-ref";
import type { IncomingBid } from "../check-bid-registration";

/**
 * One reason an import file is refused. `row` is the CSV row (the header is row 1) or the bid's
 * position in a JSON file (the first bid is 1); `field` the CSV column or the JSON path. Both are
 * null for a problem of the whole file. `message` is a message reference (lib/i18n/message-ref).
 */
export type ImportProblem = { row: number | null; field: string | null; message: string };

/** All or nothing: the bids to register, or every problem found and no bid at all. */
export type ImportResult = { ok: true; bids: IncomingBid[] } | { ok: false; problems: ImportProblem[] };

export function importProblem(row: number | null, field: string | null, message: string): ImportProblem {
  return { row, field, message };
}

/** A tender-rule problem (lib/domain/tender/problem.ts) as the message reference pages translate. */
export function problemMessage(problem: Problem): string {
  return messageRef(`problems.${problem.code}`, problem.values);
}

/** Problems in reading order: the whole file first, then by row (a stable sort keeps the columns' order). */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
