import "server-only";
import type { ImportProblem } from "@/lib/domain/bids/import/import-result";
import { parseBidsCsv } from "@/lib/domain/bids/import/parse-bids-csv";
import { parseBidsJson } from "@/lib/domain/bids/import/parse-bids-json";
import type { SameBidder } from "@/lib/domain/bids/same-bidder";
import type { ImportFormat } from "@/lib/schemas/bid-reception";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { lockTenderForReception } from "./bid-reception-tender";
import { registerBids, type BidAuditEntry, type BidRegistered } from "./register-bids";
import { findSameBidderBids, sameBidderWarningEvent } from "./same-bidder-bids";

/** A file with thousands of broken rows is not fixed from a list that long: the first ones, and the count. */
export const MAX_REPORTED_PROBLEMS = 200;

/** A bidder of the file that already has a bid on the lot, or is in the file more than once. */
export type ImportSameBidder = {
  registrationId: string;
  lotKey: string | null;
  /** Its bids already registered on the lot. */
  receiptNumbers: number[];
  /** How many of the file's bids are its, on that lot. */
  timesInFile: number;
};

export type ImportOutcome =
  | { ok: true; registered: BidRegistered[]; events: BidAuditEntry[] }
  | { ok: false; problems: ImportProblem[]; problemCount: number }
  /** `event`: the warning's audit event, to record although nothing is stored. */
  | { ok: false; sameBidders: ImportSameBidder[]; event: BidAuditEntry };

/**
 * Imports a CSV or JSON file of bids into a tender: every bid of the file, or none. The file is
 * read and checked against the tender in full first; any problem and nothing is stored, and the
 * person gets every problem with its row and field. Otherwise the bids are registered (and
 * sealed) in the caller's transaction, with one audit event each.
 */
export async function importBids(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; format: ImportFormat; content: string; confirmSameBidder: boolean },
): Promise<ImportOutcome> {
  const { tender, context } = await lockTenderForReception(tx, viewer, input.tenderId);
  const read = input.format === "CSV" ? parseBidsCsv(input.content, context) : parseBidsJson(input.content, context);
  if (!read.ok) {
    return { ok: false, problems: read.problems.slice(0, MAX_REPORTED_PROBLEMS), problemCount: read.problems.length };
  }
  // A bidder twice on a lot is a warning, not a problem of the file: the person confirms, or not.
  if (!input.confirmSameBidder) {
    const sameBidders = await findSameBidderBids(tx, input.tenderId, read.bids);
    if (sameBidders.length > 0) {
      const event = sameBidderWarningEvent(tender, input.format, read.bids.length, sameBidders);
      return { ok: false, sameBidders: oncePerBidder(sameBidders), event };
    }
  }
  const { registered, events } = await registerBids(tx, viewer, {
    tenderId: input.tenderId,
    source: input.format,
    bids: read.bids,
    confirmSameBidder: input.confirmSameBidder,
  });
  return { ok: true, registered, events };
}

/** A bidder twice in the file is found at both places: say it once. */
function oncePerBidder(matches: readonly SameBidder[]): ImportSameBidder[] {
  const seen = new Set<number>();
  return matches.flatMap((match) => {
    if (seen.has(match.index)) return [];
    match.alsoAt.forEach((position) => seen.add(position));
    const { registrationId, lotKey, receiptNumbers } = match;
    return [{ registrationId, lotKey, receiptNumbers, timesInFile: match.alsoAt.length + 1 }];
  });
}
