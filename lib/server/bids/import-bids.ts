import "server-only";
import type { ImportProblem } from "@/lib/domain/bids/import/import-result";
import { parseBidsCsv } from "@/lib/domain/bids/import/parse-bids-csv";
import { parseBidsJson } from "@/lib/domain/bids/import/parse-bids-json";
import type { ImportFormat } from "@/lib/schemas/bid-reception";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { lockTenderForReception } from "./bid-reception-tender";
import { registerBids, type BidAuditEntry, type BidRegistered } from "./register-bids";

/** A file with thousands of broken rows is not fixed from a list that long: the first ones, and the count. */
export const MAX_REPORTED_PROBLEMS = 200;

export type ImportOutcome =
  | { ok: true; registered: BidRegistered[]; events: BidAuditEntry[] }
  | { ok: false; problems: ImportProblem[]; problemCount: number };

/**
 * Imports a CSV or JSON file of bids into a tender: every bid of the file, or none. The file is
 * read and checked against the tender in full first; any problem and nothing is stored, and the
 * person gets every problem with its row and field. Otherwise the bids are registered (and
 * sealed) in the caller's transaction, with one audit event each.
 */
export async function importBids(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; format: ImportFormat; content: string },
): Promise<ImportOutcome> {
  const { context } = await lockTenderForReception(tx, viewer, input.tenderId);
  const read = input.format === "CSV" ? parseBidsCsv(input.content, context) : parseBidsJson(input.content, context);
  if (!read.ok) {
    return { ok: false, problems: read.problems.slice(0, MAX_REPORTED_PROBLEMS), problemCount: read.problems.length };
  }
  const { registered, events } = await registerBids(tx, viewer, {
    tenderId: input.tenderId,
    source: input.format,
    bids: read.bids,
  });
  return { ok: true, registered, events };
}
