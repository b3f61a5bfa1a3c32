import type { IsoDate } from "@/lib/domain/tender/calendar-date";
import type { Problem } from "@/lib/domain/tender/problem";
import type { BidContent } from "./bid-model";
import { checkBidAgainstTender, type BidTenderContext } from "./check-bid-against-tender";
import { checkReceivedAt } from "./received-at";

/** What registering a bid is checked against: the tender's cost period, lots, standards and dates. */
export type BidRegistrationContext = BidTenderContext & {
  tenderDeadline: IsoDate | null;
  publicationDate: IsoDate | null;
};

/** A bid as the form or an import hands it over, before it has a receipt number. */
export type IncomingBid = { receivedAt: Date; content: BidContent };
/** An import checks what it could read: without a readable receipt time, the rest still is. */
type CheckedBid = { receivedAt: Date | null; content: BidContent };

/**
 * Every problem of a bid that depends on its tender, with paths in the form's naming
 * (`costLines.3.year`, `lotKey`, `receivedAt`). Errors refuse the bid; warnings (a required
 * standard left unanswered) do not: the assessment shows them.
 */
export function bidRegistrationProblems(bid: CheckedBid, context: BidRegistrationContext): Problem[] {
  const problems: Problem[] = [...checkBidAgainstTender(bid.content, context)];
  const late = bid.receivedAt ? checkReceivedAt(bid.receivedAt, context) : null;
  if (late) problems.push({ code: late.code, severity: "error", path: "receivedAt", values: late.values });
  return problems;
}

export function registrationErrors(bid: CheckedBid, context: BidRegistrationContext): Problem[] {
  return bidRegistrationProblems(bid, context).filter((problem) => problem.severity === "error");
}
