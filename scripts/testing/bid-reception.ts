import { formatMoneyInput } from "../../lib/domain/money";
import type { BidContent } from "../../lib/domain/bids/bid-model";
import { SOVEREIGNTY_OBJECTIVES } from "../../lib/domain/tender/sovereignty";
import type { RegisterBidInput } from "../../lib/schemas/bid-entry";
import { sampleBidContent } from "./bid-fixtures";

/** The calendar day before today (UTC): the deadline createPublishedTender gives by default. */
export function yesterday(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

/**
 * What the "Register a bid" form sends for a bid's content, received at 10:00 on `date`
 * (yesterday, the fixture tender's deadline day, unless told).
 */
export function registerBidFormValues(
  tenderId: string,
  content: BidContent = sampleBidContent(),
  date = yesterday(),
  time = "10:00",
): RegisterBidInput {
  return {
    tenderId,
    receivedAt: date,
    receivedTime: time,
    bidder: { ...content.bidder, isSme: content.bidder.isSme ? "yes" : "no" },
    lotKey: content.lotKey ?? "",
    solution: content.solution,
    claimsOpenSource: content.claimsOpenSource ? "yes" : "no",
    costLines: content.costLines.map((line) => ({
      category: line.category,
      year: String(line.year),
      amount: formatMoneyInput(line.amountCents),
      note: line.note,
    })),
    components: content.components.map((component) => ({
      ...component,
      modelOpennessClass: component.modelOpennessClass ?? "",
    })),
    sovereigntyClaims: Object.fromEntries(
      SOVEREIGNTY_OBJECTIVES.map((objective) => {
        const claim = content.sovereigntyClaims[objective];
        return [objective, { level: claim ? String(claim.level) : "", evidence: claim?.evidence ?? "" }];
      }),
    ) as RegisterBidInput["sovereigntyClaims"],
    standardAnswers: content.standardAnswers.map((answer) => ({ ...answer })),
  };
}
